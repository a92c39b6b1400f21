import DimingCore
import Foundation
import Testing
@testable import DimingServer

/// What the map page asks the server for: where to open, its texts in the browser's language,
/// the marker-cluster plugin; and the page views and the map behind a proxy at a sub-path.
@Suite struct MapPageTests {
    /// The demo holds 宜昌's 13 counties and 宜都's townships: the map opens on 宜都市.
    @Test func theMapOpensOnTheDemosCounty() async throws {
        let server = try await TestServer.shared.value
        let config = try await server.get("/map/config.json").json
        let home = try #require(config["home"] as? [String: Any])
        let division = try #require(home["division"] as? [String: Any])
        #expect(division["code"] as? String == "420581" && division["name"] as? String == "宜都市")
        let box = try #require(home["bbox"] as? [Double])
        let city = try #require(try await server.database.pool.read { try LayerStatistics.extent(of: .divisions, in: $0) })
        #expect(box.count == 4 && box[0] > city.minLon && box[2] < city.maxLon && box[1] > city.minLat && box[3] < city.maxLat)
        #expect(config["chainCollection"] as? String == Layer.divisions.name)
    }

    @Test func aHomeDivisionSetThroughTheAPIMovesTheMap() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        try await Settings(server.database).change(.homeDivision, to: "420581001", by: .local(user: "test"))
        let home = try #require(try await server.get("/map/config.json").json["home"] as? [String: Any])
        #expect((home["division"] as? [String: Any])?["name"] as? String == "陆城街道")
        #expect(home["source"] as? String == "setting")
    }

    @Test func theMapsTextsFollowAcceptLanguage() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/map/messages.json", [("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")])
        #expect(zh.header("Vary")?.contains("Accept-Language") == true)
        let zhTexts = try #require(try zh.json["messages"] as? [String: String])
        #expect(try zh.json["lang"] as? String == "zh")
        #expect(zhTexts["map.locate.title"] == "此处位置")
        let en = try await server.get("/map/messages.json", [("Accept-Language", "en-GB")])
        let enTexts = try #require(try en.json["messages"] as? [String: String])
        #expect(try en.json["lang"] as? String == "en" && enTexts["map.locate.title"] == "This place")
        // Every message of the catalog, in both languages.
        #expect(Set(zhTexts.keys) == Set(MapMessages.all.map(\.key)) && Set(enTexts.keys) == Set(zhTexts.keys))
        #expect(MapMessages.all.allSatisfy { $0.key.hasPrefix("map.") && !$0.zh.isEmpty && !$0.en.isEmpty })
    }

    /// Debian's Leaflet.markercluster, served with Leaflet and loaded by the page.
    @Test(.enabled(if: TestTools.runs(needing: TestTools.markerCluster),
                   "needs Debian's libjs-leaflet.markercluster: run tools/setup.sh"))
    func markerClusterIsServed() async throws {
        try #require(TestTools.isInstalled(TestTools.markerCluster), "install Debian's libjs-leaflet.markercluster (tools/setup.sh)")
        let server = try await TestServer.shared.value
        let script = try await server.get("/static/leaflet/leaflet.markercluster.js")
        #expect(script.status == 200 && script.header("Content-Type") == "text/javascript; charset=utf-8")
        #expect(script.text.contains("MarkerClusterGroup"))
        #expect(try await server.get("/static/leaflet/MarkerCluster.css").status == 200)
        let page = try await server.get("/map").text
        #expect(page.contains("\"static/leaflet/leaflet.markercluster.js\""))
    }

    /// `--base-url http://host/gis/` behind a proxy that strips `/gis`: every link, asset and form
    /// of the HTML pages and of the map page resolves below `/gis/`, and the map's assets exist.
    @Test func everyURLOfThePagesStaysBelowTheBaseURL() async throws {
        let base = "http://127.0.0.1:9/gis/"
        let server = try await TestServer.start { $0.publicBaseURL = base }
        defer { Task { await server.stop() } }
        let layer = Layer.divisions.name
        let pages = ["/", "/conformance?f=html", "/collections?f=html", "/collections/\(layer)?f=html",
                     "/collections/\(layer)/items?f=html&limit=3", "/collections/\(layer)/items/420581?f=html", "/api.html", "/map"]
        var checked = 0
        for page in pages {
            let response = try await server.get(page, [("Accept", "text/html")])
            #expect(response.status == 200, "\(page)")
            // The browser sees the page at base + path (the proxy forwards /gis/x as /x).
            let pageURL = try #require(URL(string: String(base.dropLast()) + page))
            // Links to other sites (a licence's page) are meant to leave the server.
            for target in Self.urls(in: response.text) where !target.hasPrefix("data:") && !target.hasPrefix("https://") {
                let resolved = try #require(URL(string: target, relativeTo: pageURL)?.absoluteURL.absoluteString, "\(target)")
                #expect(resolved.hasPrefix(base), "\(page): \(target) resolves to \(resolved), outside \(base)")
                checked += 1
                // The map's own files and Leaflet: each one is there.
                if page == "/map", resolved.hasPrefix(base) {
                    let path = "/" + resolved.dropFirst(base.count)
                    if path.hasPrefix("/static/leaflet/") && !TestTools.isInstalled(TestTools.markerCluster) { continue }
                    #expect(try await server.get(path).status == 200, "\(path), from \(target) in the map page")
                }
            }
        }
        #expect(checked > 20)
        // The map's modules fetch relative to the API root the page derives from its own URL:
        // none fetches a root-relative URL, which would leave /gis/.
        let maps = try #require(ServerConfiguration.locateMapsDirectory())
        let modules = FileManager.default.enumerator(at: maps, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "js" } ?? []
        #expect(!modules.isEmpty)
        for module in modules {
            let text = try String(contentsOf: module, encoding: .utf8)
            #expect(text.range(of: #"fetch\(\s*['"`]/"#, options: .regularExpression) == nil, "\(module.lastPathComponent)")
        }
    }

    /// The values of every href, src and action attribute of a page (`data:` URLs, inline, are
    /// left out by the caller).
    static func urls(in html: String) -> [String] {
        let pattern = #/\b(?:href|src|action)="([^"]*)"/#
        return html.matches(of: pattern).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
    }
}
