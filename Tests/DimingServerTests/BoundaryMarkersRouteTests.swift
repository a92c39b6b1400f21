import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import NIOHTTP1
import Testing
@testable import DimingServer

/// The marker and inspection routes against a real server: the register import as CSV, a
/// round opened by one side and a finding recorded by an inspector of the other side, the
/// refusals (anonymous 401, a place-name officer or an inspector of a third county 403), and
/// the report as a page with its map and rows.
@Suite(.serialized) struct BoundaryMarkersRouteTests {
    static let line = "420505-420581"
    static let accounts: [(name: String, role: Role, division: String?)] = [
        ("ada", .admin, nil), ("xiaoting", .boundaryInspector, "420505"), ("yidu", .boundaryInspector, "420581"),
        ("xiling", .boundaryInspector, "420502"), ("lu", .placenameOfficer, nil),
    ]

    static func start() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase(demo: false)
        var tokens = [String: String]()
        try await database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO "divisions" ("code", "name", "level", "geom") VALUES
                  ('420505', '猇亭区', 'county', CastToMultiPolygon(GeomFromText('POLYGON((111.28 30.60, 111.40 30.60, 111.40 30.80, 111.28 30.80, 111.28 30.60))', 4490))),
                  ('420581', '宜都市', 'county', CastToMultiPolygon(GeomFromText('POLYGON((111.10 30.60, 111.28 30.60, 111.28 30.80, 111.10 30.80, 111.10 30.60))', 4490))),
                  ('420502', '西陵区', 'county', CastToMultiPolygon(GeomFromText('POLYGON((111.28 30.80, 111.40 30.80, 111.40 30.90, 111.28 30.90, 111.28 30.80))', 4490)));
                INSERT INTO "boundary_lines" ("code", "left_code", "right_code", "left_name", "right_name", "length_m", "geom") VALUES
                  ('420505-420581', '420505', '420581', '猇亭区', '宜都市', 22180,
                   CastToMultiLineString(GeomFromText('LINESTRING(111.28 30.60, 111.2865 30.6919, 111.28 30.80)', 4490)));
                """)
        }
        for account in accounts {
            tokens[account.name] = try await database.pool.write { db in
                try AccessStore.addAccount(name: account.name, role: account.role, division: account.division, in: db)
                return try AccessStore.issueToken(for: account.name, in: db).secret
            }
        }
        return (try await TestServer.start(database: database), tokens)
    }

    static func headers(_ tokens: [String: String], _ caller: String?, type: String = "application/json") -> [(String, String)] {
        (caller.flatMap { tokens[$0] }.map { [("Authorization", "Bearer \($0)")] } ?? []) + [("Content-Type", type)]
    }

    static let register = "\u{FEFF}界桩编号,所属界线,类型,材质,X坐标,Y坐标,坐标系\n420505-420581-001Q,420505-420581,Q,花岗岩,3396851.290,527449.600,4546\n"

    @Test func anInspectorOfEitherSideInspectsAndOthersAreRefused() async throws {
        let (server, tokens) = try await Self.start()
        defer { Task { await server.stop() } }
        let imported = try await server.request("/boundaries/markers", method: .POST, headers: Self.headers(tokens, "xiaoting", type: "text/csv"),
                                                body: Self.register)
        #expect(imported.status == 200, "\(imported.text)")
        #expect(try imported.json["added"] as? Int == 1)
        let marker = try await server.get("/boundaries/markers/420505-420581-001Q")
        #expect(try marker.status == 200 && (try marker.json["epsg"] as? Int) == 4546 && (try marker.json["x_cgcs2000_gk"] as? Double) == 3_396_851.29)

        let opened = try await server.request("/boundaries/inspections", method: .POST, headers: Self.headers(tokens, "xiaoting"),
                                              body: #"{"line":"420505-420581","started_on":"2024-10-15","team_left":"猇亭","team_right":"宜都"}"#)
        #expect(opened.status == 201, "\(opened.text)")
        let round = try #require(try opened.json["id"] as? String)

        let finding = #"{"marker":"420505-420581-001Q","kind":"moved","x":3396853.290,"y":527451.600,"epsg":4546}"#
        for (caller, status) in [(nil, 401), ("lu", 403), ("xiling", 403)] as [(String?, Int)] {
            let refused = try await server.request("/boundaries/inspections/\(round)/findings", method: .POST, headers: Self.headers(tokens, caller), body: finding)
            #expect(refused.status == status, "\(caller ?? "anonymous"): \(refused.text)")
            #expect(refused.header("Content-Type") == "application/problem+json")
        }
        // Yidu is the other side of the line: it may record.
        let recorded = try await server.request("/boundaries/inspections/\(round)/findings", method: .POST, headers: Self.headers(tokens, "yidu"), body: finding)
        #expect(recorded.status == 201, "\(recorded.text)")
        #expect(String(format: "%.2f", try recorded.json["displacement_m"] as! Double) == "2.83")
        #expect(String(format: "%.2f", try recorded.json["bearing_deg"] as! Double) == "45.00")

        let history = try await server.get("/boundaries/markers/420505-420581-001Q/history")
        #expect((try history.json["findings"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["moved"])

        let page = try await server.get("/boundaries/inspections/\(round)/report", [("Accept", "text/html")])
        #expect(page.status == 200 && page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<svg") && page.text.contains("<tr class=\"marker\"><td>420505-420581-001Q</td>"))
        let json = try await server.get("/boundaries/inspections/\(round)/report?f=json")
        #expect(try json.status == 200 && (try json.json["markers"] as? [[String: Any]])?.count == 1)

        // One marker as JSON, given with the zone prefix: recognised as EPSG:4525.
        let added = try await server.request("/boundaries/markers", method: .POST, headers: Self.headers(tokens, "ada"),
                                             body: #"{"number":"420505-420581-002Q","line":"420505-420581","x":3396951.29,"y":37527449.6}"#)
        #expect(added.status == 201, "\(added.text)")
        #expect(try added.json["epsg"] as? Int == 4525)
        let geojson = try await server.get("/boundaries/markers?line=420505-420581&f=geojson")
        #expect(geojson.header("Content-Type") == "application/geo+json" && geojson.text.contains("\"coordinates\":[111.2865,30.6919]"))

        let csv = try await server.get("/boundaries/lines/420505-420581/markers.csv")
        #expect(csv.status == 200 && csv.text.contains("420505-420581-001Q,420505-420581,Q,花岗岩,3396851.290,527449.600,4546"))
        let audited = try await server.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT account || ' ' || action FROM diming_audit WHERE layer IN ('boundary_markers', 'inspections') ORDER BY id")
        }
        #expect(audited == ["xiaoting marker.create", "xiaoting inspection.open", "yidu inspection.record", "ada marker.create"])
    }

    @Test func aRefusedRegisterNamesRowAndFieldAndWritesNothing() async throws {
        let (server, tokens) = try await Self.start()
        defer { Task { await server.stop() } }
        let swapped = Self.register + "420505-420581-002Q,420505-420581,Q,花岗岩,527449.600,3396851.290,\n"
        let refused = try await server.request("/boundaries/markers", method: .POST, headers: Self.headers(tokens, "ada", type: "text/csv"), body: swapped)
        #expect(refused.status == 422, "\(refused.text)")
        #expect(try refused.json["field"] as? String == "x")
        #expect((try refused.json["detail"] as? String)?.hasPrefix("row 2 (x)") == true)
        let list = try await server.get("/boundaries/markers")
        #expect((try list.json["markers"] as? [Any])?.isEmpty == true)
        let badBody = try await server.request("/boundaries/inspections", method: .POST, headers: Self.headers(tokens, "ada"),
                                               body: #"{"line":"420505-420581","started_on":"2024-10-15","colour":"red"}"#)
        #expect(try badBody.status == 400 && (try badBody.json["field"] as? String) == "colour")
        let mistyped = try await server.request("/boundaries/inspections", method: .POST, headers: Self.headers(tokens, "ada"),
                                                body: #"{"line":"420505-420581","started_on":20241015}"#)
        #expect(try mistyped.status == 400 && (try mistyped.json["field"] as? String) == "started_on")
    }
}
