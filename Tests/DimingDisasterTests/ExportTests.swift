import DimingCore
import DimingDisaster
import Foundation
import DimingTestSupport
import GRDB
import Testing

/// An event's reports written out: GeoJSON with exact figures in their API names, CSV with a
/// row per version, and the whole event as a ZIP that `unzip` reads and checks.
@Suite struct ExportTests {
    static let photo = Array("\u{FF}\u{D8}\u{FF} photo of the flooded field".utf8)
    static let photoSHA = "a5992316b78e80238bb1470c9901e8112dfc54efe7b415f13d78a2963ca408e2"

    static func database(_ name: String) throws -> (DimingDatabase, Int64) {
        let database = try DisasterModuleTests.newDatabase(name)
        _ = try DemoDataset.load(from: ReportRows.gazetteer, into: database)
        let event = try database.write { db in
            let event = try ReportRows.event(in: db)
            try ReportRows.insert(uid: "r1", event: event, cropsM2: 1_000, people: 12, photos: ["field.jpg", "house.jpg"], in: db)
            try ReportRows.insert(uid: "r1b", event: event, replaces: "r1", cropsM2: 186_000, people: 15, in: db)
            try ReportRows.insert(uid: "r2", event: event, township: "420581100", cropsM2: 2_000, in: db)
            try db.execute(sql: "UPDATE disaster_reports SET review_state = 'rejected' WHERE uid = 'r2'")
            return event
        }
        return (database, event)
    }

    @Test func geojsonHasTheCurrentVersionsWithExactFigures() async throws {
        let (database, event) = try Self.database("export-geojson")
        let bytes = try await Disaster(database).export(event: event, format: .geojson, allVersions: false, scope: .everywhere)
        let text = String(decoding: bytes, as: UTF8.self)
        // Exact: 186,000 m² is 18.6 ha, written as the number 18.6.
        #expect(text.contains("\"crops_affected_ha\":18.6,"))
        #expect(text.contains("\"crops_affected_ha\":0.2,"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        let features = try #require(object["features"] as? [[String: Any]])
        #expect(Set(features.compactMap { $0["id"] as? String }) == ["r1b", "r2"])
        let rejected = try #require(features.first { $0["id"] as? String == "r2" }?["properties"] as? [String: Any])
        #expect(rejected["review_state"] as? String == "rejected")
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect((geometry["coordinates"] as? [Double])?.first == 111.4443)
        let all = try await Disaster(database).export(event: event, format: .geojson, allVersions: true, scope: .everywhere)
        let allFeatures = try #require((try JSONSerialization.jsonObject(with: Data(all)) as? [String: Any])?["features"] as? [Any])
        #expect(allFeatures.count == 3)
    }

    @Test func csvHasOneRowPerVersionWithStateAndCurrent() async throws {
        let (database, event) = try Self.database("export-csv")
        let bytes = try await Disaster(database).export(event: event, format: .csv, allVersions: true, scope: .everywhere)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = try CSVText.records(bytes)
        let header = try #require(records.first?.fields)
        #expect(header.contains("crops_affected_ha") && header.contains("is_current") && header.contains("review_state"))
        let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.fields)) }
        #expect(rows.count == 3)
        let first = try #require(rows.first { $0["uid"] == "r1" })
        #expect(first["is_current"] == "0" && first["crops_affected_ha"] == "0.1" && first["affected_people"] == "12")
        #expect(rows.first { $0["uid"] == "r1b" }?["is_current"] == "1")
        #expect(rows.first { $0["uid"] == "r2" }?["review_state"] == "rejected")
        // A township's reader gets its township's rows only.
        let scoped = try await Disaster(database).export(event: event, format: .csv, allVersions: true,
                                                         scope: AccessScope(division: DivisionCode("420581100")))
        #expect(try CSVText.records(scoped).count == 2)
    }

    @Test func theArchiveHoldsEverythingAndNamesTheMissingPhoto() async throws {
        let (database, event) = try Self.database("export-archive")
        let store = database.attachmentStore
        let url = try #require(store.contentURL(sha256: Self.photoSHA))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Self.photo).write(to: url)
        try await database.write { db in
            var attachment = Attachment(layer: "disaster_reports", featureID: "r1", sha256: Self.photoSHA, sizeBytes: Int64(Self.photo.count),
                                        mediaType: .jpeg, fileName: "field.jpg", account: "reporter-lc")
            try attachment.insert(db)
            try db.execute(sql: "INSERT INTO disaster_report_reviews (report, state, at, account, note) VALUES ('r2', 'rejected', 'x', 'reviewer', '重复报送')")
        }
        let zip = ScratchFolder.url("export-archive", suffix: ".zip").path
        try Data(try await Disaster(database).archive(event: event, scope: .everywhere)).write(to: URL(fileURLWithPath: zip))
        #expect(try Self.unzip(["-tq", zip]).status == 0)
        let listing = try Self.unzip(["-Z1", zip]).output.split(separator: "\n").map(String.init)
        #expect(listing.contains("event.json") && listing.contains("reports.geojson") && listing.contains("reports.csv"))
        #expect(listing.contains("reviews.json") && listing.contains("MISSING.txt"))
        #expect(listing.contains("files/r1/\(Self.photoSHA).jpg"))
        #expect(try Self.unzip(["-p", zip, "files/r1/\(Self.photoSHA).jpg"]).bytes == Self.photo)
        let missing = try Self.unzip(["-p", zip, "MISSING.txt"]).output
        #expect(missing.contains("r1\thouse.jpg") && !missing.contains("field.jpg"))
        #expect(try Self.unzip(["-p", zip, "reviews.json"]).output.contains("重复报送"))
        #expect(try Self.unzip(["-p", zip, "event.json"]).output.contains("2026年7月宜都暴雨洪涝"))
        let csv = try CSVText.records(try Self.unzip(["-p", zip, "reports.csv"]).bytes)
        #expect(csv.count == 4)
    }

    static func unzip(_ arguments: [String]) throws -> (status: Int32, output: String, bytes: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), Array(data))
    }
}
