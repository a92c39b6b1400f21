import DimingCore
import DimingTestSupport
import Foundation
import Testing

/// `/boundaries/lines` and `/boundaries/check` on a real server over the 13 districts of
/// Yichang: a line belongs to both its sides, writes need a boundary inspector, bad
/// tolerances are 400 naming the field.
@Suite struct BoundaryLinesRouteTests {
    static let yichang = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DimingBoundariesTests/Fixtures/yichang-districts.geojson")

    static func server() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase(demo: false)
        _ = try FeatureImporter(layer: .divisions, options: ImportOptions(propertyMap: ["code": "adcode"]))
            .run(FeatureSource(path: yichang.path), into: database)
        let accounts: [(String, Role, String?)] = [
            ("yidu", .boundaryInspector, "420581"), ("xiaoting", .boundaryInspector, "420505"),
            ("xiling", .boundaryInspector, "420502"), ("wang", .viewer, nil),
        ]
        var tokens: [String: String] = [:]
        for (name, role, division) in accounts {
            tokens[name] = try await database.pool.write { db in
                try AccessStore.addAccount(name: name, role: role, division: division, in: db)
                return try AccessStore.issueToken(for: name, in: db).secret
            }
        }
        return (try await TestServer.start(database: database), tokens)
    }

    static func bearer(_ token: String?) -> [(String, String)] { [("Authorization", "Bearer \(token ?? "")")] }

    @Test func anInspectorOfEitherSideReadsTheLine() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        #expect(try await server.request("/boundaries/lines", method: .POST).status == 401)
        #expect(try await server.request("/boundaries/lines", method: .POST, headers: Self.bearer(tokens["wang"])).status == 403)
        let derived = try await server.request("/boundaries/lines", method: .POST, headers: Self.bearer(tokens["yidu"]))
        #expect(derived.status == 200)
        #expect((try derived.json["added"] as? [String])?.contains("420505-420581") == true)

        for side in ["yidu", "xiaoting"] {
            let line = try await server.get("/boundaries/lines/420505-420581", Self.bearer(tokens[side]))
            #expect(line.status == 200, "\(side)")
            let length = try line.json["length_m"] as? Double ?? 0
            #expect(abs(length - 14_758.7) < 1, "\(length)")
        }
        // 西陵区 is on neither side.
        #expect(try await server.get("/boundaries/lines/420505-420581", Self.bearer(tokens["xiling"])).status == 404)
        let listed = try await server.get("/boundaries/lines", Self.bearer(tokens["xiaoting"]))
        let codes = (try JSONSerialization.jsonObject(with: Data(listed.body)) as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("420505-420581") && codes.allSatisfy { $0.contains("420505") })
        let geojson = try await server.get("/boundaries/lines?division=420505&f=geojson")
        #expect(geojson.header("Content-Type") == "application/geo+json")
        #expect(try geojson.json["type"] as? String == "FeatureCollection")
    }

    @Test func theCheckAnswersJSONOrGeoJSONAndRefusesABadTolerance() async throws {
        let (server, _) = try await Self.server()
        defer { Task { await server.stop() } }
        let report = try await server.get("/boundaries/check?tolerance=0.001")
        #expect(report.status == 200)
        #expect(try report.json["divisions_checked"] as? Int == 13)
        let geojson = try await server.get("/boundaries/check", [("Accept", "application/geo+json")])
        #expect(geojson.header("Content-Type") == "application/geo+json")
        #expect(try geojson.json["type"] as? String == "FeatureCollection")
        for bad in ["-1", "NaN", "abc", "inf", "100.5", "5.6e16"] {
            let refused = try await server.get("/boundaries/check?tolerance=\(bad)")
            #expect(refused.status == 400, "\(bad)")
            #expect(refused.header("Content-Type")?.hasPrefix("application/problem+json") == true)
            #expect(try refused.json["field"] as? String == "tolerance", "\(bad)")
        }
    }
}
