import DimingCore
import DimingTestSupport
import Foundation
import Testing

/// The event's reports as GeoJSON, CSV and a ZIP archive over HTTP, and the generic
/// `disaster_reports` collection with its computed hectares.
@Suite struct DisasterExportRouteTests {
    typealias F = DisasterReviewFixture

    @Test func geojsonCsvAndTheArchive() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let geojson = try await server.get("/events/1/reports.geojson", F.bearer(tokens["viewer"]))
        #expect(geojson.status == 200)
        #expect(geojson.header("Content-Type") == "application/geo+json")
        #expect(geojson.text.contains("\"crops_affected_ha\":18.6,"))
        #expect(((try geojson.json["features"] as? [Any]) ?? []).count == 3)
        let all = try await server.get("/events/1/reports.geojson?all_versions=true", F.bearer(tokens["viewer"]))
        #expect(((try all.json["features"] as? [Any]) ?? []).count == 4)

        let csv = try await server.get("/events/1/reports.csv", F.bearer(tokens["viewer"]))
        #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)
        let records = try CSVText.records(csv.body)
        #expect(records.count == 5)
        let current = try await server.get("/events/1/reports.csv?all_versions=false", F.bearer(tokens["viewer"]))
        #expect(try CSVText.records(current.body).count == 4)
        #expect(try await server.get("/events/1/reports.csv?all_versions=yes").status == 400)

        let archive = try await server.get("/events/1/archive.zip", F.bearer(tokens["viewer"]))
        #expect(archive.status == 200)
        #expect(archive.header("Content-Type") == "application/zip")
        let path = ScratchFolder.url("disaster-archive", suffix: ".zip").path
        try Data(archive.body).write(to: URL(fileURLWithPath: path))
        let unzip = Process()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-tq", path]
        unzip.standardOutput = FileHandle.nullDevice
        try unzip.run()
        unzip.waitUntilExit()
        #expect(unzip.terminationStatus == 0)
        #expect(try await server.get("/events/7/archive.zip").status == 404)
        #expect(try await server.get("/events/x/reports.geojson").status == 404)
    }

    @Test func theCollectionServesTheLayerWithHectares() async throws {
        let (server, _) = try await F.server()
        defer { Task { await server.stop() } }
        let items = try await server.get("/collections/disaster_reports/items?limit=10")
        #expect(items.status == 200)
        let features = try items.json["features"] as? [[String: Any]] ?? []
        #expect(features.count == 4)
        let r1b = try #require(features.first { $0["id"] as? String == "r1b" }?["properties"] as? [String: Any])
        #expect(r1b["crops_affected_ha"] as? Double == 18.6)
    }
}
