import CompressNIO
import DimingCore
import GRDB
import Foundation
import NIOCore
import Testing

/// ETag and Last-Modified from the data version, conditional GET, gzip.
@Suite struct CachingTests {
    @Test func etagAnswers304AndChangesWhenTheLayerChanges() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let path = "/collections/shelters/items?limit=3"
        let first = try await server.get(path)
        let tag = try #require(first.header("ETag"))
        #expect(tag.hasPrefix("\"") && !tag.hasPrefix("W/"), "strong")
        let modified = try #require(first.header("Last-Modified"))
        #expect(modified.hasSuffix("GMT"))

        let again = try await server.get(path, [("If-None-Match", tag)])
        #expect(again.status == 304)
        #expect(again.body.isEmpty)
        #expect(again.header("ETag") == tag)
        #expect(try await server.get(path, [("If-None-Match", "\"other\", \(tag)")]).status == 304)
        #expect(try await server.get(path, [("If-Modified-Since", modified)]).status == 304)
        #expect(try await server.get("/collections/shelters/items?limit=4", [("If-None-Match", tag)]).status == 200)
        #expect(try await server.get(path + "&f=html", [("If-None-Match", tag)]).status == 200)

        // Any write to the layer (here straight through SQLite, as QGIS would) bumps its version.
        try await server.database.pool.write { db in try db.execute(sql: "UPDATE shelters SET capacity = capacity + 1") }
        let changed = try await server.get(path, [("If-None-Match", tag)])
        #expect(changed.status == 200)
        #expect(changed.header("ETag") != tag)
        // Other layers keep their tags.
        let roads = try await server.get("/collections/roads/items")
        let roadsTag = try #require(roads.header("ETag"))
        #expect(try await server.get("/collections/roads/items", [("If-None-Match", roadsTag)]).status == 304)
    }

    @Test func metadataAndFeaturesHaveValidators() async throws {
        let server = try await TestServer.shared.value
        for path in ["/", "/conformance", "/api", "/collections", "/collections/divisions", "/collections/divisions/items/420581"] {
            let response = try await server.get(path)
            let tag = try #require(response.header("ETag"), "\(path)")
            #expect(try await server.get(path, [("If-None-Match", tag)]).status == 304, "\(path)")
        }
    }

    @Test func gzipWhenAskedAndTheSameBytesAfterDecompression() async throws {
        let server = try await TestServer.shared.value
        let path = "/collections/divisions/items?limit=20"
        let plain = try await server.get(path)
        #expect(plain.header("Content-Encoding") == nil)
        let gzipped = try await server.get(path, [("Accept-Encoding", "gzip, deflate")])
        #expect(gzipped.status == 200)
        #expect(gzipped.header("Content-Encoding") == "gzip")
        #expect(gzipped.header("Vary")?.contains("Accept-Encoding") == true)
        #expect(gzipped.body.count < plain.body.count / 2)
        var buffer = ByteBuffer(bytes: gzipped.body)
        let inflated = try buffer.decompress(with: .gzip())
        let plainFeatures = try #require(try plain.json["features"] as? [Any])
        let inflatedJSON = try #require(try JSONSerialization.jsonObject(with: Data(inflated.readableBytesView)) as? [String: Any])
        let inflatedFeatures = try #require(inflatedJSON["features"] as? [Any])
        #expect(plainFeatures.count == inflatedFeatures.count)
        #expect(NSArray(array: plainFeatures).isEqual(to: inflatedFeatures))
        // The gzip variant has its own strong tag, and either tag revalidates.
        let zipTag = try #require(gzipped.header("ETag"))
        #expect(zipTag != plain.header("ETag"))
        let revalidated = try await server.get(path, [("Accept-Encoding", "gzip"), ("If-None-Match", zipTag)])
        #expect(revalidated.status == 304)
        #expect(try await server.get(path, [("Accept-Encoding", "gzip;q=0")]).header("Content-Encoding") == nil)
    }
}
