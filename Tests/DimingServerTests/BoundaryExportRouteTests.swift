import DimingCore
import Foundation
import Testing

/// `GET /boundaries/export` and `GET /boundaries/simplify` on the demo server: the media
/// types of RFC 7946 and RFC 8142, and problems naming the parameter.
@Suite struct BoundaryExportRouteTests {
    @Test func exportsDivisionsAsGeoJSON() async throws {
        let server = try await TestServer.shared.value
        let answer = try await server.get("/boundaries/export?codes=420581,420505")
        #expect(answer.status == 200, "\(answer.text)")
        #expect(answer.header("Content-Type") == "application/geo+json")
        let features = try #require(try answer.json["features"] as? [[String: Any]])
        #expect(features.map { $0["id"] as? String } == ["420581", "420505"])
        #expect(!answer.text.contains("\"crs\""))
    }

    @Test func exportsASequence() async throws {
        let server = try await TestServer.shared.value
        for (path, headers) in [("/boundaries/export?codes=420581&f=geojsonseq", []),
                                ("/boundaries/export?codes=420581", [("Accept", "application/geo+json-seq")])] {
            let answer = try await server.get(path, headers)
            #expect(answer.status == 200)
            #expect(answer.header("Content-Type") == "application/geo+json-seq")
            #expect(answer.body.first == 0x1E && answer.body.last == 0x0A)
        }
    }

    @Test func simplifiedExportAndSimplifyAnswer() async throws {
        let server = try await TestServer.shared.value
        let exported = try await server.get("/boundaries/export?codes=420581,420505&simplify=100")
        #expect(exported.status == 200)
        let simplified = try await server.get("/boundaries/simplify?tolerance=100&level=county")
        #expect(simplified.status == 200, "\(simplified.text)")
        let features = try #require(try simplified.json["features"] as? [[String: Any]])
        #expect(features.count > 5)
        for feature in features {
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect((properties["vertices_after"] as? Int ?? .max) <= (properties["vertices_before"] as? Int ?? 0))
        }
    }

    @Test(arguments: [
        ("/boundaries/export?codes=420581,429999", 404, "codes"),
        ("/boundaries/export?codes=420581-429999", 404, "codes"),
        ("/boundaries/export", 400, "codes"),
        ("/boundaries/export?codes=420581&simplify=-1", 400, "simplify"),
        ("/boundaries/export?codes=420581&simplify=abc", 400, "simplify"),
        ("/boundaries/export?codes=420581&f=kml", 400, "f"),
        ("/boundaries/export?codes=420581&color=red", 400, "color"),
        ("/boundaries/simplify?tolerance=-5", 400, "tolerance"),
        ("/boundaries/simplify", 400, "tolerance"),
        ("/boundaries/simplify?tolerance=5&level=street", 400, "level"),
    ]) func refusalsNameTheParameter(path: String, status: Int, field: String) async throws {
        let server = try await TestServer.shared.value
        let answer = try await server.get(path)
        #expect(answer.status == status, "\(path): \(answer.text)")
        #expect(answer.header("Content-Type")?.hasPrefix("application/problem+json") == true)
        #expect(try answer.json["field"] as? String == field, "\(path): \(answer.text)")
    }
}
