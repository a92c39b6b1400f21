import DimingCore
import Foundation
import Testing

/// bbox, property filters, datetime, and refusing what the API does not declare.
@Suite struct QueryParameterTests {
    @Test func bboxSelectsOnlyIntersectingFeatures() async throws {
        let server = try await TestServer.shared.value
        let box = (111.40, 30.36, 111.46, 30.40)
        let json = try await server.get("/collections/addresses/items?bbox=\(box.0),\(box.1),\(box.2),\(box.3)&limit=10000").json
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(!features.isEmpty && features.count < 1940)
        for feature in features {
            let c = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [Double])
            #expect(c[0] >= box.0 && c[0] <= box.2 && c[1] >= box.1 && c[1] <= box.3)
        }
        // The whole page fitted: numberMatched is known without a count.
        #expect(json["numberMatched"] as? Int == features.count)
        let six = try await server.get("/collections/addresses/items?bbox=\(box.0),\(box.1),0,\(box.2),\(box.3),100&limit=10000").json
        #expect((six["features"] as? [Any])?.count == features.count)
    }

    @Test(arguments: ["177,65,-177,70", "-1.5,50,1.5,53", "-80,-5,-70,5", "-180,85,180,90", "-180,-90,180,-85"])
    func conformanceSuiteBoxesAnswer200(_ bbox: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/divisions/items?bbox=\(bbox)&limit=10")
        #expect(response.status == 200)
        #expect((try response.json["features"] as? [Any])?.isEmpty == true)
    }

    @Test func antimeridianBoxFindsFeaturesOnBothSides() async throws {
        // Two shelters placed either side of 180°, on a database of their own.
        let database = try TestServer.makeDatabase(demo: false)
        let features = [(179.5, 10.0), (-179.5, 10.0), (0.0, 10.0)].enumerated().map { i, p in
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"s\(i)\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(p.0),\(p.1)]}}"
        }
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
        _ = try FeatureImporter(layer: .shelters).run(FeatureSource(bytes: Array(text.utf8), format: .geojson), into: database)
        let server = try await TestServer.start(database: database)
        defer { Task { await server.stop() } }
        let json = try await server.get("/collections/shelters/items?bbox=179,9,-179,11").json
        let names = try Self.names(of: json)
        #expect(Set(names) == ["s0", "s1"])
    }

    @Test(arguments: ["1,2,3", "a,b,c,d", "10,20,5,10", "0,0,0,95", "", "1,2,3,4,5"])
    func invalidBboxIs400(_ bbox: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/divisions/items?bbox=\(bbox)")
        #expect(response.status == 400)
        #expect(try response.json["field"] as? String == "bbox")
    }

    @Test func propertyFiltersAreEquality() async throws {
        let server = try await TestServer.shared.value
        let townships = try await server.get("/collections/divisions/items?level=township&limit=100").json
        let features = try #require(townships["features"] as? [[String: Any]])
        #expect(!features.isEmpty)
        #expect(features.allSatisfy { ($0["properties"] as? [String: Any])?["level"] as? String == "township" })
        #expect(townships["numberMatched"] as? Int == features.count)
        let name = "%E5%AE%9C%E9%83%BD%E5%B8%82"   // 宜都市
        let yidu = try await server.get("/collections/divisions/items?name=\(name)").json
        #expect((yidu["features"] as? [[String: Any]])?.map { $0["id"] as? String } == ["420581"])
        let badNumber = try await server.get("/collections/addresses/items?number=twelve")
        #expect(badNumber.status == 400)
        #expect(try badNumber.json["field"] as? String == "number")
    }

    @Test(arguments: ["unknownQueryParameter12345=1", "offset=10", "crs=x", "limit=1&limit=2", "datetime=2024-01-01"])
    func undeclaredOrRepeatedParametersAre400(_ query: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/divisions/items?\(query)")
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        for path in ["/", "/collections", "/collections/divisions", "/collections/divisions/items/420581", "/conformance"] {
            #expect(try await server.get("\(path)?unknownQueryParameter12345=1").status == 400, "\(path)")
        }
    }

    /// A filter value outside the column's vocabulary (as the OpenAPI enum lists it) is refused,
    /// not answered with an empty page; so is a negative cursor.
    @Test(arguments: [("roads", "class=AAA", "class"), ("divisions", "level=AAA", "level"), ("shelters", "kind=AAA", "kind"),
                      ("divisions", "after=-1", "after")])
    func valuesOutsideTheVocabularyAre400(_ layer: String, _ query: String, _ field: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/\(layer)/items?\(query)")
        #expect(response.status == 400)
        #expect(try response.json["field"] as? String == field)
    }

    /// `%zz` used to be taken literally (`name=%zz` matched nothing, 200): a malformed escape is
    /// refused naming the parameter. Sent raw: HTTP client libraries re-encode a stray `%`.
    @Test(arguments: ["/collections/divisions/items?name=%zz", "/collections/divisions/items?name=%",
                      "/collections/divisions/items?name=%C3", "/collections/divisions/items?%zz=1",
                      "/locate?lon=111.45&lat=30.39%zz"])
    func malformedPercentEncodingIs400NamingTheParameter(_ target: String) async throws {
        let server = try await TestServer.shared.value
        let answer = try await RawConnection.exchange(port: server.port, "GET \(target) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(RawConnection.status(of: answer) == 400, "\(answer)")
        #expect(answer.contains("urn:diming:problem:invalid-parameter"))
    }

    /// A layer with a time column gets `datetime`; the core layers have none yet.
    @Test func datetimeFiltersALayerWithATimeColumn() async throws {
        let events = Layer(name: "events", label: LocalizedText("事件", "Events"), summary: "Test events with a time.", geometryType: .point,
                           columns: [LayerColumn("name", .text, label: LocalizedText("名称", "Name")),
                                     LayerColumn("observed_at", .text, label: LocalizedText("时间", "Time"))],
                           editors: [], style: LayerStyle(drawer: "points-by-class", color: "#000"))
        #expect(events.temporalColumn?.name == "observed_at")
        let module = DimingModule(name: "test", dependencies: ["core"], migrations: [
            SchemaMigration("test-900-events") { db in
                try SpatialTable.create("events", columns: #""name" TEXT, "observed_at" TEXT, "uid" TEXT UNIQUE"#, geometryType: .point, in: db)
            },
        ], layers: [events])
        let database = try TestServer.makeDatabase(modules: DimingModule.standard + [module], demo: false)
        let times = ["2024-07-01T08:00:00Z", "2024-07-02T12:30:00Z", "2024-07-05T00:00:00Z", "2024-08-01"]
        let features = times.enumerated().map { i, t in
            "{\"type\":\"Feature\",\"properties\":{\"name\":\"e\(i)\",\"observed_at\":\"\(t)\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[111.4,30.3]}}"
        }
        let text = "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
        _ = try FeatureImporter(layer: events).run(FeatureSource(bytes: Array(text.utf8), format: .geojson), into: database)
        let server = try await TestServer.start(database: database)
        defer { Task { await server.stop() } }

        func names(_ datetime: String) async throws -> [String] {
            let response = try await server.get("/collections/events/items?datetime=\(datetime)")
            #expect(response.status == 200, "\(datetime): \(response.text)")
            return try Self.names(of: response.json)
        }
        #expect(try await names("2024-07-01T08:00:00Z") == ["e0"])
        #expect(try await names("2024-07-02") == ["e1"])
        #expect(try await names("2024-07-01/2024-07-02") == ["e0", "e1"])
        #expect(try await names("2024-07-02T00:00:00Z/..") == ["e1", "e2", "e3"])
        #expect(try await names("../2024-07-01T23:00:00Z") == ["e0"])
        #expect(try await names("2024-07-01/P2D") == ["e0", "e1"])
        #expect(try await server.get("/collections/events/items?datetime=yesterday").status == 400)
        #expect(try await server.get("/collections/events/items?datetime=2024-07-05/2024-07-01").status == 400)

        let collection = try await server.get("/collections/events").json
        let temporal = try #require((collection["extent"] as? [String: Any])?["temporal"] as? [String: Any])
        #expect((temporal["interval"] as? [[Any]])?.first?.first as? String == "2024-07-01T08:00:00Z")
        let api = try await server.get("/api").json
        let paths = try #require(api["paths"] as? [String: Any])
        func parameters(_ path: String) throws -> [[String: Any]] {
            try #require(((paths[path] as? [String: Any])?["get"] as? [String: Any])?["parameters"] as? [[String: Any]])
        }
        #expect(try parameters("/collections/events/items").contains { $0["$ref"] as? String == "#/components/parameters/datetime" })
        let divisions = try parameters("/collections/divisions/items")
        #expect(!divisions.contains { $0["$ref"] as? String == "#/components/parameters/datetime" })
    }

    /// Part 2: the two listed CRSs; EPSG:4490 in its authority axis order (lat, lon).
    @Test func crsAndBboxCrsForTheListedCRSs() async throws {
        let server = try await TestServer.shared.value
        let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
        let cgcs = "http://www.opengis.net/def/crs/EPSG/0/4490"
        let plain = try await server.get("/collections/shelters/items?limit=1")
        #expect(plain.header("Content-Crs") == "<\(crs84)>")
        let lonLat = try Self.firstCoordinates(of: plain.json)
        let swapped = try await server.get("/collections/shelters/items?limit=1&crs=\(cgcs)")
        #expect(swapped.status == 200)
        #expect(swapped.header("Content-Crs") == "<\(cgcs)>")
        let latLon = try Self.firstCoordinates(of: swapped.json)
        #expect(latLon == [lonLat[1], lonLat[0]])
        let one = try await server.get("/collections/divisions/items/420581?crs=\(cgcs)")
        #expect(one.header("Content-Crs") == "<\(cgcs)>")
        #expect(try await server.get("/collections/shelters/items?crs=http://www.opengis.net/def/crs/0/unsupported").status == 400)
        #expect(try await server.get("/collections/shelters/items?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857&bbox=1,2,3,4").status == 400)
        let box = "\(lonLat[1] - 0.001),\(lonLat[0] - 0.001),\(lonLat[1] + 0.001),\(lonLat[0] + 0.001)"
        let byLatLonBox = try await server.get("/collections/shelters/items?bbox-crs=\(cgcs)&bbox=\(box)")
        #expect(byLatLonBox.status == 200)
        #expect((try byLatLonBox.json["features"] as? [Any])?.isEmpty == false)
    }

    /// The `name` of each feature of a FeatureCollection.
    static func names(of collection: [String: Any]) throws -> [String] {
        let features = try #require(collection["features"] as? [[String: Any]])
        return try features.map { try #require(($0["properties"] as? [String: Any])?["name"] as? String) }
    }

    /// The coordinates of the first feature, a point, of a FeatureCollection.
    static func firstCoordinates(of collection: [String: Any]) throws -> [Double] {
        let first = try #require((collection["features"] as? [[String: Any]])?.first)
        return try #require((first["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    }
}
