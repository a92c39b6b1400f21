import AsyncHTTPClient
import Foundation
import DimingTestSupport
import Testing

/// Health, metrics, the map page and Leaflet.
@Suite struct OperationsTests {
    @Test func healthReportsTheLibraries() async throws {
        let server = try await TestServer.shared.value
        let json = try await server.get("/health").json
        #expect(json["status"] as? String == "ok")
        #expect((json["spatialite"] as? String)?.hasPrefix("5") == true)
        #expect((json["geos"] as? String)?.isEmpty == false)
        #expect((json["proj"] as? String)?.isEmpty == false)
    }

    @Test func metricsCountRequestsByRouteAndStatus() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        _ = try await server.get("/collections/divisions/items/420581")
        _ = try await server.get("/collections/divisions/items/000000")
        let text = try await server.get("/metrics").text
        #expect(text.contains("diming_http_requests_total"))
        #expect(text.contains("route=\"/collections/{collectionId}/items/{featureId}\""))
        #expect(text.contains("status=\"404\""))
        #expect(text.contains("diming_http_request_duration_seconds_bucket"))
    }

    @Test func mapAndLeafletAreServedFromDisk() async throws {
        let maps = ScratchFolder.url("diming-maps")
        let leaflet = ScratchFolder.url("diming-leaflet")
        try FileManager.default.createDirectory(at: maps, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: leaflet.appendingPathComponent("images"), withIntermediateDirectories: true)
        try "<!DOCTYPE html><title>地图</title>".write(to: maps.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "console.log('map')".write(to: maps.appendingPathComponent("map.js"), atomically: true, encoding: .utf8)
        try "/* leaflet */".write(to: leaflet.appendingPathComponent("leaflet.js"), atomically: true, encoding: .utf8)
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: leaflet.appendingPathComponent("images/marker-icon.png"))
        let server = try await TestServer.start {
            $0.mapsDirectory = maps
            $0.leafletDirectory = leaflet
        }
        defer { Task { await server.stop() } }
        let page = try await server.get("/map")
        #expect(page.status == 200 && page.text.contains("地图"))
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(try await server.get("/map/map.js").header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(try await server.get("/static/leaflet/leaflet.js").status == 200)
        let icon = try await server.get("/static/leaflet/images/marker-icon.png")
        #expect(icon.status == 200 && icon.header("Content-Type") == "image/png")
        #expect(try await server.get("/map/missing.js").status == 404)
        #expect(try await server.get("/map/.hidden").status == 404)
    }

    /// The repository's own map page, as `diming serve` finds it.
    @Test func theRepositorysMapFolder() async throws {
        let server = try await TestServer.shared.value
        let page = try await server.get("/map")
        #expect(page.status == 200)
        #expect(page.text.contains("\"static/leaflet/leaflet.js\""))
        #expect(try await server.get("/map/map.js").status == 200)
    }

    /// Debian's Leaflet, where `diming serve` looks for it.
    @Test(.enabled(if: TestTools.runs(needing: TestTools.leaflet), "needs Leaflet from Debian's libjs-leaflet: run tools/setup.sh"))
    func debianLeaflet() async throws {
        try #require(TestTools.isInstalled(TestTools.leaflet), "Leaflet is missing: install Debian's libjs-leaflet (tools/setup.sh)")
        let server = try await TestServer.shared.value
        let leaflet = try await server.get("/static/leaflet/leaflet.js", [("Accept-Encoding", "gzip")])
        #expect(leaflet.status == 200)
        #expect(leaflet.header("Content-Encoding") == "gzip")
        #expect(try await server.get("/static/leaflet/leaflet.css").header("Content-Type") == "text/css; charset=utf-8")
    }

    /// Shutdown starts once the server has begun answering (the response head has arrived), so
    /// the request is certainly in flight; its whole body must still arrive.
    @Test func gracefulShutdownFinishesRequestsInFlight() async throws {
        let server = try await TestServer.start()
        let request = HTTPClientRequest(url: server.origin + "/collections/addresses/items?limit=10000")
        let response = try await TestServer.client.execute(request, timeout: .seconds(60))
        await server.stop()
        #expect(response.status == .ok)
        let body = try await response.body.collect(upTo: 64 << 20)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
        #expect((json["features"] as? [Any])?.count == 1940)
    }
}
