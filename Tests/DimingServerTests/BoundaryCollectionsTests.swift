import DimingBoundaries
import DimingCore
import Foundation
import Testing

/// Spec T6 (the ETS run of boundary.md §3.6, re-implemented) for the three layers of the
/// boundaries module, against a real server over a fixture with a line, 130 markers and six
/// findings in two rounds. The generic endpoint tests (OGCEndpointTests, PagingTests,
/// QueryParameterTests) cover the same requirements on the core layers.
@Suite struct BoundaryCollectionsTests {
    static let ids = [Layer.boundaryLines.name, Layer.boundaryMarkers.name, Layer.inspections.name]
    static let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
    static let cgcs2000 = "http://www.opengis.net/def/crs/EPSG/0/4490"

    static func features(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["features"] as? [[String: Any]])
    }

    /// T6.4: each collection listed, the same id/title/description/extent alone and in the
    /// list, the extent's bbox in CRS84 around the data, the two CRSs; `inspections` has a
    /// temporal extent from its `inspection_date`.
    @Test func collectionsAreListedWithExtentAndCRS() async throws {
        let server = try await BoundaryFixture.server.value
        let list = try #require(try await server.get("/collections").json["collections"] as? [[String: Any]])
        for id in Self.ids {
            #expect(!id.contains("."))
            let entry = try #require(list.first { $0["id"] as? String == id }, "\(id) listed")
            let one = try await server.get("/collections/\(id)")
            #expect(one.status == 200)
            let json = try one.json
            for key in ["id", "title", "description"] { #expect(json[key] as? String == entry[key] as? String, "\(id) \(key)") }
            let extent = try #require(json["extent"] as? [String: Any])
            #expect(NSDictionary(dictionary: extent).isEqual(to: try #require(entry["extent"] as? [String: Any])))
            let spatial = try #require(extent["spatial"] as? [String: Any])
            #expect(spatial["crs"] as? String == Self.crs84)
            let box = try #require((spatial["bbox"] as? [[Double]])?.first)
            let first = BoundaryFixture.marker(0), last = BoundaryFixture.marker(BoundaryFixture.markerCount - 1)
            // The R*Tree keeps 32-bit floats rounded outward: the box may be a few 1e-5° larger.
            let slack = 1e-4
            #expect(box[0] >= first.lon - slack && box[1] >= first.lat - slack && box[2] <= last.lon + slack && box[3] <= last.lat + slack, "\(id): \(box)")
            #expect(box[0] <= first.lon && box[1] <= first.lat && box[2] >= (id == Layer.inspections.name ? BoundaryFixture.marker(50).lon : last.lon), "\(id): \(box)")
            let crs = try #require(json["crs"] as? [String])
            #expect(crs.first == Self.crs84 && crs.contains(Self.cgcs2000))
            #expect(try one.link("items", type: "application/geo+json") != nil)
        }
        let inspections = try await server.get("/collections/\(Layer.inspections.name)").json
        let temporal = try #require((inspections["extent"] as? [String: Any])?["temporal"] as? [String: Any])
        let interval = try #require((temporal["interval"] as? [[Any]])?.first as? [String])
        #expect(interval == ["2024-03-10T00:00:00Z", "2024-09-22T00:00:00Z"])
        let markers = try await server.get("/collections/\(Layer.boundaryMarkers.name)").json
        #expect((markers["extent"] as? [String: Any])?["temporal"] == nil, "markers have no time column")
    }

    /// T6.5: limit=10 pages through all 130 markers by `next` (a query string each time),
    /// no feature twice, the last page without `next`; the same for the findings by 4.
    @Test func pagingByNextReachesNumberMatchedWithoutDuplicates() async throws {
        let server = try await BoundaryFixture.server.value
        let first = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items?limit=10", [("Accept", "application/geo+json")])
        #expect(first.header("Content-Type") == "application/geo+json")
        #expect(try first.json["numberReturned"] as? Int == 10)
        #expect(try Self.features(first.json).count == 10)
        #expect(try first.link("next").flatMap { URL(string: $0)?.query } != nil, "next has a query string")
        let (ids, pages, matched) = try await PagingTests.walk(server, from: "/collections/\(Layer.boundaryMarkers.name)/items?limit=10")
        #expect(matched == BoundaryFixture.markerCount)
        #expect(ids.count == BoundaryFixture.markerCount && Set(ids).count == ids.count)
        #expect(pages == 13)
        #expect(Set(ids) == Set((0..<BoundaryFixture.markerCount).map(BoundaryFixture.number)), "a marker's id is its number")
        let findings = try await PagingTests.walk(server, from: "/collections/\(Layer.inspections.name)/items?limit=4")
        #expect(findings.ids.count == 6 && Set(findings.ids).count == 6 && findings.matched == 6 && findings.pages == 2)
        let lines = try await PagingTests.walk(server, from: "/collections/\(Layer.boundaryLines.name)/items")
        #expect(lines.ids == [BoundaryFixture.lineCode] && lines.pages == 1)
    }

    /// T6.6: limits outside 1…maximum are a 400 problem naming `limit`.
    @Test(arguments: ["-1", "unlimited", "0", "100000", "1.5"])
    func badLimitIs400(_ limit: String) async throws {
        let server = try await BoundaryFixture.server.value
        for id in Self.ids {
            let response = try await server.get("/collections/\(id)/items?limit=\(limit)")
            #expect(response.status == 400, "\(id) limit=\(limit)")
            #expect(try response.json["field"] as? String == "limit")
        }
    }

    /// T6.7: the suite's far-away boxes (antimeridian, poles, prime meridian, equator) answer
    /// 200 with nothing; a box around ten markers gives exactly those; a 3-number box is 400.
    @Test(arguments: ["177,65,-177,70", "-180,85,180,90", "-180,-90,180,-85", "-1.5,50,1.5,53", "-80,-5,-70,5", "111.30,30.60,111.40,30.80"])
    func farAwayBoxesAnswerEmpty(_ bbox: String) async throws {
        let server = try await BoundaryFixture.server.value
        for id in Self.ids {
            let response = try await server.get("/collections/\(id)/items?bbox=\(bbox)")
            #expect(response.status == 200, "\(id) bbox=\(bbox)")
            #expect(try Self.features(response.json).isEmpty, "\(id) bbox=\(bbox)")
        }
    }

    @Test func boxSelectsOnlyIntersectingFeatures() async throws {
        let server = try await BoundaryFixture.server.value
        let low = BoundaryFixture.marker(10), high = BoundaryFixture.marker(19)
        let bbox = "\(low.lon - 0.0001),\(low.lat - 0.00005),\(high.lon + 0.0001),\(high.lat + 0.00005)"
        let markers = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items?bbox=\(bbox)&limit=100").json
        let numbers = try Self.features(markers).compactMap { $0["id"] as? String }
        #expect(numbers == (10...19).map(BoundaryFixture.number))
        #expect(markers["numberMatched"] as? Int == 10)
        let lines = try await server.get("/collections/\(Layer.boundaryLines.name)/items?bbox=\(bbox)").json
        #expect(try Self.features(lines).count == 1, "the line runs through the box")
        let findings = try await server.get("/collections/\(Layer.inspections.name)/items?bbox=\(bbox)").json
        #expect(try Self.features(findings).compactMap { ($0["properties"] as? [String: Any])?["marker"] as? String } == [BoundaryFixture.number(10)])
        for bad in ["1,2,3", "a,b,c,d", "1,2,3,4,5"] {
            let response = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items?bbox=\(bad)")
            let field = try response.json["field"] as? String
            #expect(response.status == 400 && field == "bbox", "bbox=\(bad)")
        }
    }

    /// T6.8: `datetime` on the findings: an instant, a closed and an open interval, a day with a
    /// duration; the layers without a time column refuse it as an unknown parameter.
    @Test func datetimeSelectsFindingsByInspectionDate() async throws {
        let server = try await BoundaryFixture.server.value
        func dates(_ datetime: String) async throws -> [String] {
            let response = try await server.get("/collections/\(Layer.inspections.name)/items?datetime=\(datetime)")
            #expect(response.status == 200, "\(datetime): \(response.text)")
            return try Self.features(response.json).compactMap { ($0["properties"] as? [String: Any])?["inspection_date"] as? String }
        }
        #expect(try await dates("2024-03-10T00:00:00Z") == ["2024-03-10", "2024-03-10"])
        #expect(try await dates("2024-01-01T00:00:00Z/2024-06-30T00:00:00Z") == ["2024-03-10", "2024-03-10", "2024-03-11"])
        #expect(try await dates("2024-09-20/P2D") == ["2024-09-20", "2024-09-21", "2024-09-22"])
        #expect(try await dates("../2024-06-30T00:00:00Z").count == 3)
        #expect(try await dates("2024-09-21T00:00:00Z/..") == ["2024-09-21", "2024-09-22"])
        #expect(try await dates("2024-01-01T00:00:00Z") == [])
        #expect(try await server.get("/collections/\(Layer.inspections.name)/items?datetime=spring").status == 400)
        #expect(try await server.get("/collections/\(Layer.boundaryMarkers.name)/items?datetime=2024-03-10").status == 400)
    }

    /// T6.9 and T6.10: an unknown parameter is 400; an unknown id is a 404 problem; a known one
    /// is a Feature with self, alternate and collection links.
    @Test func unknownParameterAndUnknownIdAndOneFeature() async throws {
        let server = try await BoundaryFixture.server.value
        let known = [Layer.boundaryLines.name: BoundaryFixture.lineCode, Layer.boundaryMarkers.name: BoundaryFixture.number(43)]
        for id in Self.ids {
            let unknown = try await server.get("/collections/\(id)/items?unknownQueryParameter12345=1")
            let field = try unknown.json["field"] as? String
            #expect(unknown.status == 400 && field == "unknownQueryParameter12345")
            let missing = try await server.get("/collections/\(id)/items/999999")
            #expect(missing.status == 404 && missing.header("Content-Type") == "application/problem+json", "\(id)")

            let featureID: String
            if let key = known[id] {
                featureID = key
            } else {
                let page = try await server.get("/collections/\(id)/items?limit=1").json
                featureID = try #require(try Self.features(page).first?["id"] as? String)
                #expect(UUID(uuidString: featureID) != nil, "a finding's id is its UUID")
            }
            let one = try await server.get("/collections/\(id)/items/\(featureID)")
            #expect(one.status == 200 && one.header("Content-Type") == "application/geo+json")
            #expect(try one.json["type"] as? String == "Feature" && (try one.json["id"] as? String) == featureID)
            #expect(try one.link("self") != nil && (try one.link("alternate", type: "text/html")) != nil)
            #expect(try one.link("collection")?.contains("/collections/\(id)") == true)
        }
        let marker = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items/\(BoundaryFixture.number(43))").json
        let properties = try #require(marker["properties"] as? [String: Any])
        #expect(properties["epsg"] as? Int == 4546 && properties["x_cgcs2000_gk"] is Double && properties["status"] as? String == "missing")
    }

    /// T6.11: EPSG:4490 in its axis order (lat, lon) with `Content-Crs`, for pages and single
    /// features; a lat, lon `bbox-crs` box selects what the CRS84 box does; other CRSs are 400.
    @Test func crsParametersOnTheBoundaryCollections() async throws {
        let server = try await BoundaryFixture.server.value
        let path = "/collections/\(Layer.boundaryMarkers.name)/items"
        let plain = try await server.get("\(path)?limit=1")
        #expect(plain.header("Content-Crs") == "<\(Self.crs84)>")
        let lonLat = try QueryParameterTests.firstCoordinates(of: plain.json)
        #expect(abs(lonLat[0] - BoundaryFixture.start.lon) < 1e-9 && abs(lonLat[1] - BoundaryFixture.start.lat) < 1e-9)
        let swapped = try await server.get("\(path)?limit=1&crs=\(Self.cgcs2000)")
        #expect(swapped.status == 200 && swapped.header("Content-Crs") == "<\(Self.cgcs2000)>")
        #expect(try QueryParameterTests.firstCoordinates(of: swapped.json) == [lonLat[1], lonLat[0]])
        let line = try await server.get("/collections/\(Layer.boundaryLines.name)/items/\(BoundaryFixture.lineCode)?crs=\(Self.cgcs2000)")
        #expect(line.header("Content-Crs") == "<\(Self.cgcs2000)>")
        let first = try #require(((try line.json["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])?.first?.first)
        #expect(first == [BoundaryFixture.start.lat, BoundaryFixture.start.lon])

        let low = BoundaryFixture.marker(10), high = BoundaryFixture.marker(19)
        let lonLatBox = "\(low.lon - 0.0001),\(low.lat - 0.00005),\(high.lon + 0.0001),\(high.lat + 0.00005)"
        let latLonBox = "\(low.lat - 0.00005),\(low.lon - 0.0001),\(high.lat + 0.00005),\(high.lon + 0.0001)"
        let byCRS84 = try Self.features(try await server.get("\(path)?bbox=\(lonLatBox)&limit=100").json).compactMap { $0["id"] as? String }
        let by4490 = try Self.features(try await server.get("\(path)?bbox=\(latLonBox)&bbox-crs=\(Self.cgcs2000)&limit=100").json).compactMap { $0["id"] as? String }
        #expect(by4490 == byCRS84 && byCRS84.count == 10)

        for id in Self.ids {
            for query in ["crs=http://www.opengis.net/def/crs/0/unsupported", "crs=http://www.opengis.net/def/crs/EPSG/0/3857",
                          "bbox-crs=http://www.opengis.net/def/crs/0/unsupported&bbox=1,2,3,4"] {
                let response = try await server.get("/collections/\(id)/items?\(query)")
                #expect(response.status == 400, "\(id)?\(query)")
                #expect(response.header("Content-Type") == "application/problem+json")
            }
        }
    }

    /// T6.11 for the Gauss-Krüger zone: `crs=EPSG:4546` gives (northing, easting) within a few
    /// mm of the surveyed metres, EPSG:4525 the same with the zone number 37 before the easting;
    /// a `bbox-crs=EPSG:4546` box (northing, easting) selects the markers the CRS84 box does.
    @Test func gaussKrugerCRSGivesTheSurveyedMetres() async throws {
        let server = try await BoundaryFixture.server.value
        let gk = "http://www.opengis.net/def/crs/EPSG/0/4546", zoned = "http://www.opengis.net/def/crs/EPSG/0/4525"
        let path = "/collections/\(Layer.boundaryMarkers.name)/items"
        let collection = try await server.get("/collections/\(Layer.boundaryMarkers.name)").json
        #expect((collection["crs"] as? [String])?.contains(gk) == true && (collection["crs"] as? [String])?.contains(zoned) == true)
        let page = try await server.get("\(path)?limit=100&crs=\(gk)")
        #expect(page.status == 200 && page.header("Content-Crs") == "<\(gk)>")
        var surveyed: [String: (x: Double, y: Double)] = [:]
        for feature in try Self.features(page.json) {
            let properties = try #require(feature["properties"] as? [String: Any])
            let x = try #require(properties["x_cgcs2000_gk"] as? Double), y = try #require(properties["y_cgcs2000_gk"] as? Double)
            let c = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect(abs(c[0] - x) < 0.005 && abs(c[1] - y) < 0.005, "\(feature["id"] ?? ""): \(c) against X \(x), Y \(y)")
            surveyed[try #require(feature["id"] as? String)] = (x, y)
        }
        #expect(surveyed.count == 100)
        let first = try #require(surveyed[BoundaryFixture.number(0)])
        #expect(first.x > 3_300_000 && first.x < 3_400_000 && first.y > 530_000 && first.y < 550_000, "Yidu, zone CM 111°E: \(first)")

        let one = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items/\(BoundaryFixture.number(0))?crs=\(zoned)")
        #expect(one.header("Content-Crs") == "<\(zoned)>")
        let c = try #require((try one.json["geometry"] as? [String: Any])?["coordinates"] as? [Double])
        #expect(abs(c[0] - first.x) < 0.005 && abs(c[1] - (first.y + 37_000_000)) < 0.005, "\(c)")
        let line = try await server.get("/collections/\(Layer.boundaryLines.name)/items/\(BoundaryFixture.lineCode)?crs=\(gk)").json
        let start = try #require(((line["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])?.first?.first)
        #expect(abs(start[0] - first.x) < 0.005 && abs(start[1] - first.y) < 0.005, "the line starts at the first marker")

        let inBox = (10...19).compactMap { surveyed[BoundaryFixture.number($0)] }
        let box = [inBox.map(\.x).min()! - 1, inBox.map(\.y).min()! - 1, inBox.map(\.x).max()! + 1, inBox.map(\.y).max()! + 1]
        let byMetres = try await server.get("\(path)?bbox-crs=\(gk)&bbox=\(box.map { String($0) }.joined(separator: ","))&limit=100")
        #expect(byMetres.status == 200)
        let low = BoundaryFixture.marker(10), high = BoundaryFixture.marker(19)
        let lonLatBox = "\(low.lon - 0.0001),\(low.lat - 0.00005),\(high.lon + 0.0001),\(high.lat + 0.00005)"
        let byDegrees = try Self.features(try await server.get("\(path)?bbox=\(lonLatBox)&limit=100").json).compactMap { $0["id"] as? String }
        #expect(try Self.features(byMetres.json).compactMap { $0["id"] as? String } == byDegrees)
        #expect(byDegrees == (10...19).map(BoundaryFixture.number))
        // 0,0,0,0 in the zone-prefixed CRS lies where PROJ gives no lon/lat: refused before the
        // page's stream begins (schemathesis found it cut off mid-body).
        for (crs, bad) in [(gk, "1,2,3"), (gk, "3390000,527000,3380000,528000"), (gk, "a,b,c,d"), (zoned, "0,0,0,0")] {
            let response = try await server.get("\(path)?bbox-crs=\(crs)&bbox=\(bad)")
            let field = try response.json["field"] as? String
            #expect(response.status == 400 && field == "bbox", "bbox=\(bad)")
        }
    }

    /// T5 as far as the core goes: it offers no GeoJSON text sequence on /collections (the
    /// export route of the boundaries does), so asking for one gets plain, honestly labelled
    /// GeoJSON rather than a body that claims to be a sequence.
    @Test func sequenceAcceptGetsPlainGeoJSON() async throws {
        let server = try await BoundaryFixture.server.value
        let response = try await server.get("/collections/\(Layer.boundaryMarkers.name)/items?limit=5",
                                            [("Accept", "application/geo+json-seq, application/geo+json;q=0.5")])
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/geo+json")
        #expect(response.body.first != 0x1E)
        #expect(try Self.features(response.json).count == 5)
    }

    /// The three layers in the API document: their items paths with the `datetime` parameter
    /// where the layer has a time column — the findings' `inspection_date`, the lines'
    /// `derived_at` — and not for the markers.
    @Test func openAPIListsTheBoundaryItems() async throws {
        #expect(Layer.inspections.temporalColumn?.name == "inspection_date" && Layer.boundaryLines.temporalColumn?.name == "derived_at")
        let server = try await BoundaryFixture.server.value
        let paths = try #require(try await server.get("/api").json["paths"] as? [String: Any])
        for id in Self.ids {
            let parameters = try #require(((paths["/collections/\(id)/items"] as? [String: Any])?["get"] as? [String: Any])?["parameters"] as? [[String: Any]])
            let datetime = parameters.contains { $0["$ref"] as? String == "#/components/parameters/datetime" }
            #expect(datetime == (id != Layer.boundaryMarkers.name), "\(id)")
            #expect(paths["/collections/\(id)/items/{featureId}"] != nil)
        }
    }
}
