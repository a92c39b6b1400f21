import DimingBoundaries
import DimingCore
import DimingDisaster
import Foundation
import Testing

/// The OGC API - Features Part 1 resources as the conformance suite, QGIS and GDAL read them.
@Suite struct OGCEndpointTests {
    @Test func landingPageHasTheLinksClientsLookFor() async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/", [("Accept", "application/json")])
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        let links = try #require(try response.json["links"] as? [[String: Any]])
        func link(_ rel: String) -> [String: Any]? { links.first { $0["rel"] as? String == rel } }
        #expect(link("self")?["type"] as? String == "application/json")
        #expect(link("service-desc")?["type"] as? String == "application/vnd.oai.openapi+json;version=3.0")
        #expect((link("service-desc")?["href"] as? String)?.hasSuffix("/api") == true)
        #expect(link("service-doc")?["type"] as? String == "text/html")
        #expect((link("conformance")?["href"] as? String)?.hasSuffix("/conformance") == true)
        #expect(link("data")?["type"] as? String == "application/json")
        #expect((link("data")?["href"] as? String) == server.origin + "/collections")
        #expect(links.allSatisfy { $0["type"] is String && $0["rel"] is String })
    }

    @Test func conformanceDeclaresCoreGeoJSONHTMLAndOpenAPI() async throws {
        let server = try await TestServer.shared.value
        let classes = try #require(try await server.get("/conformance").json["conformsTo"] as? [String])
        for suffix in ["core", "geojson", "html", "oas30"] {
            #expect(classes.contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/\(suffix)"))
        }
        #expect(classes.contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs"))
    }

    @Test func collectionsListEveryLayerWithExtentAndCRS() async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections?f=json")
        #expect(response.status == 200)
        let collections = try #require(try response.json["collections"] as? [[String: Any]])
        #expect(try collections.map { try #require($0["id"] as? String) } == server.database.catalog.layers.map(\.name))
        // The demo fills the core's layers; the boundaries and disaster modules' are empty, and
        // an empty collection has no spatial extent (optional in OGC API - Features Part 1).
        let empty = Set((DimingModule.boundaries.layers + DimingModule.disaster.layers).map(\.name))
        for collection in collections {
            let crs = try #require(collection["crs"] as? [String])
            #expect(crs.first == "http://www.opengis.net/def/crs/OGC/1.3/CRS84")
            #expect(collection["storageCrs"] as? String == "http://www.opengis.net/def/crs/EPSG/0/4490")
            let links = try #require(collection["links"] as? [[String: Any]])
            #expect(links.contains { $0["rel"] as? String == "items" && $0["type"] as? String == "application/geo+json" })
            if let id = collection["id"] as? String, empty.contains(id) {
                #expect((collection["extent"] as? [String: Any])?["spatial"] == nil, "\(id) is empty in the demo")
                continue
            }
            let spatial = try #require((collection["extent"] as? [String: Any])?["spatial"] as? [String: Any])
            let bbox = try #require((spatial["bbox"] as? [[Double]])?.first)
            #expect(bbox.count == 4)
            #expect(bbox[0] > 109 && bbox[2] < 113 && bbox[1] > 29 && bbox[3] < 32, "Yichang's neighbourhood in CRS84")
            #expect(spatial["crs"] as? String == "http://www.opengis.net/def/crs/OGC/1.3/CRS84")
        }
        #expect(try response.link("self", type: "application/json") != nil)
        #expect(try response.link("alternate", type: "text/html") != nil)
    }

    @Test func oneCollectionMatchesItsEntryInTheList() async throws {
        let server = try await TestServer.shared.value
        let all = try #require(try await server.get("/collections").json["collections"] as? [[String: Any]])
        for entry in all {
            let id = try #require(entry["id"] as? String)
            let one = try await server.get("/collections/\(id)").json
            #expect(one["id"] as? String == id)
            #expect(one["title"] as? String == entry["title"] as? String)
            #expect(one["description"] as? String == entry["description"] as? String)
            let extent = try #require(one["extent"] as? [String: Any])
            #expect(NSDictionary(dictionary: extent).isEqual(to: try #require(entry["extent"] as? [String: Any])))
        }
        #expect(try await server.get("/collections/nope").status == 404)
    }

    @Test func itemsAreAGeoJSONFeatureCollectionWithOGCMembers() async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/divisions/items?limit=5", [("Accept", "application/geo+json")])
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/geo+json")
        let json = try response.json
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(features.count == 5)
        #expect(json["numberReturned"] as? Int == 5)
        #expect(json["numberMatched"] as? Int == 24)
        let stamp = try #require(json["timeStamp"] as? String)
        #expect(ISO8601DateFormatter().date(from: stamp) != nil)
        #expect(features.allSatisfy { $0["id"] is String && ($0["geometry"] as? [String: Any])?["type"] as? String == "MultiPolygon" })
        #expect(try response.link("self", type: "application/geo+json") != nil)
        #expect(try response.link("alternate", type: "text/html") != nil)
        let next = try #require(try response.link("next"))
        #expect(next.contains("limit=5") && next.contains("after=") && next.contains("f=json"))
    }

    @Test func defaultLimitIsTen() async throws {
        let server = try await TestServer.shared.value
        let json = try await server.get("/collections/addresses/items").json
        #expect((json["features"] as? [Any])?.count == 10)
        #expect(json["numberMatched"] as? Int == 1940)
    }

    @Test func oneFeatureByCodeOrByIdWithItsLinks() async throws {
        let server = try await TestServer.shared.value
        let division = try await server.get("/collections/divisions/items/420581001")
        #expect(division.status == 200)
        #expect(division.header("Content-Type") == "application/geo+json")
        let json = try division.json
        #expect(json["type"] as? String == "Feature")
        #expect(json["id"] as? String == "420581001")
        #expect((json["properties"] as? [String: Any])?["name"] as? String == "陆城街道")
        #expect(try division.link("self") != nil)
        #expect(try division.link("alternate", type: "text/html") != nil)
        #expect(try division.link("collection")?.hasSuffix("/collections/divisions?f=json") == true)

        let firstShelter = try await server.get("/collections/shelters/items?limit=1").json
        let id = try #require(((firstShelter["features"] as? [[String: Any]])?.first?["id"]) as? String)
        #expect(UUID(uuidString: id) != nil, "a shelter's id is its UUID: \(id)")
        let shelter = try await server.get("/collections/shelters/items/\(id)")
        #expect(try shelter.json["id"] as? String == id)
    }

    @Test(arguments: ["/collections/divisions/items/999999999", "/collections/shelters/items/99999", "/collections/shelters/items/5882d5ef-6d56-4779-a48a-78815c96badb",
                      "/collections/shelters/items/abc", "/collections/nope/items/1"])
    func unknownFeatureIs404Problem(_ path: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get(path)
        #expect(response.status == 404)
        #expect(response.header("Content-Type") == "application/problem+json")
    }

    @Test func htmlByParameterAndByBrowserAccept() async throws {
        let server = try await TestServer.shared.value
        let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        let chinese = ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")   // a browser on a Chinese desktop
        for path in ["/", "/collections", "/collections/divisions", "/collections/divisions/items", "/collections/divisions/items/420581",
                     "/conformance", "/api.html"] {
            let byAccept = try await server.get(path, [("Accept", browser), chinese])
            #expect(byAccept.status == 200, "\(path)")
            #expect(byAccept.header("Content-Type") == "text/html; charset=utf-8", "\(path)")
            #expect(byAccept.text.contains("<html lang=\"zh-CN\">"))
            #expect(!byAccept.text.contains("http://") || path == "/api.html" || !byAccept.text.contains("<script src=\"http"))
        }
        let page = try await server.get("/collections/divisions/items?f=html&limit=2", [chinese])
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("行政区划"))
        #expect(page.text.contains("rel=\"next\""))
        let item = try await server.get("/collections/divisions/items/420581?f=html")
        #expect(item.text.contains("宜都市"))
    }

    @Test func formatParameterIsHonouredAndCheckedEverywhere() async throws {
        let server = try await TestServer.shared.value
        let geojson = try await server.get("/collections/roads/items?f=geojson&limit=1", [("Accept", "text/html")])
        #expect(geojson.header("Content-Type") == "application/geo+json")
        let json = try await server.get("/collections?f=json", [("Accept", "text/html")])
        #expect(json.header("Content-Type") == "application/json")
        let bad = try await server.get("/collections?f=xml")
        #expect(bad.status == 400)
        #expect(try bad.json["field"] as? String == "f")
    }

    @Test(arguments: ["en-US,en;q=0.9", "zh-CN", "de", "*", "xx-INVALID;;;q=abc", ""])
    func anyAcceptLanguageWorks(_ language: String) async throws {
        let server = try await TestServer.shared.value
        for path in ["/", "/collections", "/collections/places/items?limit=2", "/api"] {
            #expect(try await server.get(path, [("Accept-Language", language)]).status == 200)
        }
    }

    @Test func geometriesAreCRS84LongitudeFirst() async throws {
        let server = try await TestServer.shared.value
        let json = try await server.get("/collections/shelters/items?limit=20").json
        for feature in try #require(json["features"] as? [[String: Any]]) {
            let coordinates = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect((110...112).contains(coordinates[0]) && (29...32).contains(coordinates[1]))
        }
    }
}
