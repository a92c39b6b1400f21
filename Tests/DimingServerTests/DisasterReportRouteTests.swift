import AsyncHTTPClient
import DimingCore
import DimingDisaster
import DimingTestSupport
import Foundation
import GRDB
import NIOHTTP1
import Testing
@testable import DimingServer

/// `POST /reports` against a real server over the demo's Yidu divisions: TC-1 (a duplicate, a
/// correction, a conflict and an out-of-date edit, and the 甲镇-style totals from the stored
/// current versions), TC-8 (100 simultaneous identical submissions), TC-12 (a point on a shared
/// border, a point outside), TC-5 (a jump needs a note) and the roles.
@Suite(.serialized) struct DisasterReportRouteTests {
    /// 陆城街道 stands in for 甲镇; its villages are points inside it.
    static let township = "420581001"
    static let inside = (lon: 111.4851, lat: 30.4046)
    static let accounts: [(name: String, role: Role, division: String?)] = [
        ("ada", .admin, nil), ("lucheng", .disasterReporter, township), ("review", .disasterReviewer, nil), ("view", .viewer, nil),
    ]

    static func start() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase()
        var tokens = [String: String]()
        try await database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO disaster_events (id, hazard, name, started_at, started_utc, division, created_at)
                VALUES (1, 'flood', '2025-07-10 暴雨洪涝', '2025-07-10T03:00:00+08:00', '2025-07-09T19:00:00Z', '420581', '2025-07-10T03:05:00Z'),
                       (2, 'flood', '已结束', '2025-06-01T03:00:00+08:00', '2025-05-31T19:00:00Z', '420581', '2025-06-01T03:05:00Z');
                UPDATE disaster_events SET status = 'closed' WHERE id = 2;
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

    static func uid(_ n: Int) -> String { String(format: "00000000-0000-4000-8000-%012d", n) }

    /// A report Feature; `figures` are the property members as JSON text (`"affected_people": 320`).
    static func report(_ n: Int, replaces: Int? = nil, event: Int = 1, lon: String = "111.4851", lat: String = "30.4046",
                       note: String? = nil, _ figures: String) -> String {
        var properties = #""event": \#(event), "observed_at": "2025-07-10T08:30:00+08:00", "location_source": "gps", "accuracy_m": 12"#
        if let replaces { properties += #", "replaces": "uuid:\#(uid(replaces))""# }
        if let note { properties += #", "note": "\#(note)""# }
        if !figures.isEmpty { properties += ", " + figures }
        return #"{"type": "Feature", "id": "uuid:\#(uid(n))", "geometry": {"type": "Point", "coordinates": [\#(lon), \#(lat)]}, "properties": {\#(properties)}}"#
    }

    static let m1 = report(1, #""affected_people": 320, "dead": 0, "missing": 1, "relocated_people": 85, "relocated_concentrated": 60, "relocated_dispersed": 25, "need_aid_people": 40, "collapsed_households": 2, "collapsed_rooms": 5, "severe_households": 3, "severe_rooms": 7, "general_households": 6, "general_rooms": 11, "crops_affected_ha": 18.6, "crops_hit_ha": 9.2, "crops_lost_ha": 2.5, "direct_loss_10k_yuan": 126.4"#)
    static let m2 = report(2, lon: "111.4852", #""affected_people": 210, "dead": 1, "missing": 0, "relocated_people": 40, "relocated_concentrated": 40, "relocated_dispersed": 0, "need_aid_people": 25, "collapsed_households": 1, "collapsed_rooms": 3, "severe_households": 2, "severe_rooms": 4, "general_households": 4, "general_rooms": 6, "crops_affected_ha": 12.0, "crops_hit_ha": 5.5, "crops_lost_ha": 0.8, "direct_loss_10k_yuan": 74.9"#)
    static let m3 = report(3, lon: "111.4853", #""affected_people": 95, "need_aid_people": 10, "severe_households": 1, "severe_rooms": 2, "general_households": 3, "general_rooms": 5, "crops_affected_ha": 7.4, "crops_hit_ha": 3.0, "crops_lost_ha": 0, "direct_loss_10k_yuan": 21.3"#)
    static let m5 = report(4, replaces: 2, lon: "111.4852", #""affected_people": 230, "dead": 1, "missing": 0, "relocated_people": 40, "relocated_concentrated": 40, "relocated_dispersed": 0, "need_aid_people": 30, "collapsed_households": 1, "collapsed_rooms": 3, "severe_households": 2, "severe_rooms": 4, "general_households": 5, "general_rooms": 8, "crops_affected_ha": 12.0, "crops_hit_ha": 5.5, "crops_lost_ha": 0.8, "direct_loss_10k_yuan": 80.1"#)
    static let m6 = report(1, #""affected_people": 999"#)
    static let m7 = report(5, replaces: 2, lon: "111.4852", #""affected_people": 220, "need_aid_people": 25"#)

    static func post(_ server: TestServer, _ body: String, as caller: String? = "lucheng", path: String = "/reports",
                     client: HTTPClient = TestServer.client) async throws -> TestResponse {
        let headers = (caller.map { [("Authorization", "Bearer \(Self.tokens[$0] ?? $0)")] } ?? []) + [("Content-Type", "application/geo+json")]
        return try await server.request(path, method: .POST, headers: headers, body: body, client: client)
    }

    nonisolated(unsafe) static var tokens: [String: String] = [:]

    static func rowCount(_ server: TestServer) async throws -> Int {
        try await server.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM disaster_reports") ?? 0 }
    }

    @Test func tc1DuplicateCorrectionConflictAndOutOfDate() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        for body in [Self.m1, Self.m2, Self.m3] {
            let created = try await Self.post(server, body)
            #expect(created.status == 201, "\(created.text)")
        }
        let m4 = try await Self.post(server, Self.m1)
        #expect(m4.status == 200, "\(m4.text)")
        let m5 = try await Self.post(server, Self.m5)
        #expect(m5.status == 201, "\(m5.text)")
        let m5Properties = try m5.json["properties"] as? [String: Any]
        #expect(m5Properties?["version"] as? Int == 2 && m5Properties?["root"] as? String == Self.uid(2))
        let m6 = try await Self.post(server, Self.m6)
        #expect(try m6.status == 409 && (try m6.json["type"] as? String) == "urn:diming:problem:report-id-conflict", "\(m6.text)")
        let m7 = try await Self.post(server, Self.m7)
        #expect(try m7.status == 409 && (try m7.json["type"] as? String) == "urn:diming:problem:report-out-of-date", "\(m7.text)")

        // Rows: m1, m2 (superseded), m3, m5; nothing from m4, m6, m7.
        #expect(try await Self.rowCount(server) == 4)
        let (current, superseded, total) = try await server.database.pool.read { db in
            let current = try String.fetchAll(db, sql: "SELECT uid FROM disaster_reports WHERE is_current = 1 ORDER BY uid")
            let row = try Row.fetchOne(db, sql: "SELECT is_current, superseded_at FROM disaster_reports WHERE uid = ?", arguments: [Self.uid(2)])
            let superseded: (Int?, String?) = (row?["is_current"], row?["superseded_at"])
            var total = Indicators.zero
            for row in try Row.fetchAll(db, sql: "SELECT * FROM disaster_reports WHERE is_current = 1 AND review_state != 'rejected'") {
                total += Indicators(stored: Dictionary(uniqueKeysWithValues: Indicator.allCases.map { ($0, row[$0.column] as Int) }))
            }
            return (current, superseded, total)
        }
        #expect(current == [Self.uid(1), Self.uid(3), Self.uid(4)])
        #expect(superseded.0 == 0 && superseded.1 != nil)
        let expected: [Indicator: String] = [
            .affectedPeople: "645", .dead: "1", .missing: "1", .relocatedPeople: "125", .relocatedConcentrated: "100", .relocatedDispersed: "25",
            .needAidPeople: "80", .collapsedHouseholds: "3", .collapsedRooms: "8", .severeHouseholds: "6", .severeRooms: "13",
            .generalHouseholds: "14", .generalRooms: "24", .cropsAffectedHa: "38", .cropsHitHa: "17.7", .cropsLostHa: "3.3", .directLoss10kYuan: "227.8",
        ]
        for (indicator, text) in expected { #expect(total.decimalText(indicator) == text, "\(indicator)") }

        // The stored version: township assigned, the point as sent, the audit entry.
        let shown = try await server.get("/reports/\(Self.uid(1))")
        let properties = try shown.json["properties"] as? [String: Any]
        #expect(shown.status == 200 && properties?["township_code"] as? String == Self.township && properties?["county_code"] as? String == "420581")
        #expect((try shown.json["geometry"] as? [String: Any])?["coordinates"] as? [Double] == [111.4851, 30.4046])
        #expect(properties?["crops_affected_ha"] as? Double == 18.6 && properties?["flags"] as? [String] == [])
        let audited = try await server.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM diming_audit WHERE layer = 'disaster_reports'") ?? 0
        }
        #expect(audited == 4)
        #expect(try await Self.post(server, Self.m1, path: "/collections/disaster_reports/items").status == 200)
    }

    @Test func tc8HundredSimultaneousIdenticalSubmissionsAreOneRow() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<100 { group.addTask { try await Self.post(server, Self.m1, client: TestServer.manyConnections).status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.filter { $0 == 201 }.count == 1)
        #expect(statuses.filter { $0 == 200 }.count == 99, "\(statuses.sorted())")
        #expect(try await Self.rowCount(server) == 1)
    }

    @Test func rolesAndRefusals() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        #expect(try await Self.post(server, Self.m1, as: nil).status == 401)
        #expect(try await Self.post(server, Self.m1, as: "review").status == 403)
        #expect(try await Self.post(server, Self.m1, as: "view").status == 403)
        #expect(try await Self.post(server, Self.m1, as: "ada").status == 201)
        // A version is never changed or deleted through the generic feature writes (the stored
        // row has generated columns they would write): 409 naming the reports' own path, and
        // the row is as it was.
        let item = "/collections/\(Layer.disasterReports.name)/items/\(Self.uid(1))"
        let auth = [("Authorization", "Bearer \(Self.tokens["ada"] ?? "ada")"), ("If-Match", "\"x\"")]
        for (method, type) in [(HTTPMethod.PUT, "application/geo+json"), (.PATCH, "application/merge-patch+json"), (.DELETE, "application/json")] {
            let edit = try await server.request(item, method: method, headers: auth + [("Content-Type", type)], body: Self.m1)
            #expect(edit.status == 409, "\(method) \(edit.text)")
            #expect(edit.text.contains("POST /reports"), "\(method) \(edit.text)")
        }
        #expect(try await Self.rowCount(server) == 1)
        let closed = try await Self.post(server, Self.report(9, event: 2, ""))
        #expect(try closed.status == 422 && (try closed.json["field"] as? String) == "event", "\(closed.text)")
        let unknown = try await Self.post(server, Self.report(9, "\"wind_speed\": 3"))
        #expect(try unknown.status == 400 && (try unknown.json["field"] as? String) == "properties.wind_speed", "\(unknown.text)")
        let several = try await Self.post(server, Self.report(9, #""affected_people": 50, "relocated_people": 60, "collapsed_households": 3, "collapsed_rooms": 2"#))
        let fields = (try several.json["errors"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
        #expect(several.status == 422 && fields == ["relocated_people", "collapsed_rooms"], "\(several.text)")
        let swapped = try await Self.post(server, Self.report(9, lon: "30.4046", lat: "111.4851", ""))
        #expect(try swapped.status == 422 && (try swapped.json["field"] as? String) == "geometry", "\(swapped.text)")
        let flipped = try await Self.post(server, Self.report(9, lon: "30.4046", lat: "89.5", ""))
        #expect(flipped.status == 201, "a point far outside is stored: \(flipped.text)")
        let zero = try await Self.post(server, Self.report(10, lon: "0", lat: "0", ""))
        #expect(try zero.status == 422 && (try zero.json["field"] as? String) == "geometry")
        let big = String(repeating: " ", count: ServerConfiguration.defaultMaxBodyBytes + 1)
        #expect(try await Self.post(server, Self.m3 + big).status == 413)
        #expect(try await Self.rowCount(server) == 2)
    }

    @Test func tc12BorderAndOutsideAreStoredAndFlagged() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        // A vertex shared by 陆城街道, 高坝洲镇 and 姚家店镇: the locator's owner, every time, flagged.
        let border = try await Self.post(server, Self.report(20, lon: "111.4204692", lat: "30.4374861", ""), as: "ada")
        let again = try await Self.post(server, Self.report(21, lon: "111.4204692", lat: "30.4374861", ""), as: "ada")
        let locator = try Locator.load(from: server.database)
        let expected = locator.locate(Position(lon: 111.4204692, lat: 30.4374861)).chain.first { $0.level == .township }?.code
        for answer in [border, again] {
            let properties = try answer.json["properties"] as? [String: Any]
            #expect(answer.status == 201 && properties?["township_code"] as? String == expected && expected != nil, "\(String(describing: expected)) \(answer.text)")
            #expect((properties?["flags"] as? [String])?.contains("on_border") == true, "\(answer.text)")
        }
        let outside = try await Self.post(server, Self.report(22, lon: "116.39", lat: "39.9", #""affected_people": 3"#))
        let properties = try outside.json["properties"] as? [String: Any]
        #expect(outside.status == 201 && properties?["township_code"] is NSNull)
        #expect(properties?["flags"] as? [String] == ["outside_jurisdiction", "outside_scope"], "\(outside.text)")
    }

    @Test func tc5AJumpNeedsANote() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        #expect(try await Self.post(server, Self.report(30, #""affected_people": 645"#)).status == 201)
        #expect(try await Self.post(server, Self.report(31, replaces: 30, #""affected_people": 700"#)).status == 201)
        let fall = try await Self.post(server, Self.report(32, replaces: 31, #""affected_people": 690"#))
        #expect(try fall.status == 422 && (try fall.json["field"] as? String) == "note", "\(fall.text)")
        let rise = try await Self.post(server, Self.report(32, replaces: 31, #""affected_people": 1100"#))
        #expect(try rise.status == 422 && (try rise.json["field"] as? String) == "note")
        let explained = try await Self.post(server, Self.report(32, replaces: 31, note: "复核后剔除重复统计", #""affected_people": 690"#))
        #expect(explained.status == 201, "\(explained.text)")
        let current = try await server.database.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT affected_people FROM disaster_reports WHERE is_current = 1")
        }
        #expect(current == 690)
    }

    @Test func tc7PhotosExpectedAndPresentAndAResendIsNoNewFile() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        let body = Self.report(40, #""affected_people": 5, "photos": ["a.jpg", "b.jpg", "c.jpg"]"#)
        #expect(try await Self.post(server, body).status == 201)
        func photo(_ name: String, _ bytes: String) async throws -> TestResponse {
            try await server.request("/reports/\(Self.uid(40))/photos?name=\(name)", method: .POST,
                                     headers: [("Authorization", "Bearer \(tokens["lucheng"]!)"), ("Content-Type", "image/jpeg")], body: "\u{FF}" + bytes)
        }
        func counts(_ answer: TestResponse) throws -> (Int?, Int?, [String]?) {
            let properties = try answer.json["properties"] as? [String: Any]
            return (properties?["photos_expected"] as? Int, properties?["photos_present"] as? Int, properties?["photos_missing"] as? [String])
        }
        let first = try await photo("c.jpg", String(repeating: "photo 3 ", count: 1000))
        #expect(first.status == 201, "\(first.text)")
        #expect(try counts(first) == (3, 1, ["a.jpg", "b.jpg"]))
        let resent = try await photo("c.jpg", String(repeating: "photo 3 ", count: 1000))
        #expect(try resent.status == 200 && (try counts(resent)).1 == 1)
        _ = try await photo("a.jpg", "photo 1")
        _ = try await photo("b.jpg", "photo 2")
        let edited = try await Self.post(server, Self.report(40, #""affected_people": 6, "photos": ["a.jpg", "b.jpg", "c.jpg"]"#))
        #expect(edited.status == 409)
        let shown = try await server.get("/reports/\(Self.uid(40))")
        #expect(try counts(shown) == (3, 3, []))
        let files = FileManager.default.enumerator(atPath: server.database.attachmentStore.root.appendingPathComponent("sha256").path)?
            .compactMap { $0 as? String }.filter { $0.count > 10 } ?? []
        #expect(files.count == 3)
        let pdf = try await server.request("/reports/\(Self.uid(40))/photos?name=x.pdf", method: .POST,
                                           headers: [("Authorization", "Bearer \(tokens["lucheng"]!)"), ("Content-Type", "application/pdf")], body: "%PDF")
        #expect(pdf.status == 415)
        #expect(try await server.request("/reports/\(Self.uid(40))/photos", method: .POST, headers: [("Content-Type", "image/jpeg")], body: "x").status == 401)
    }

    /// TC-7 with the photos in the report's own request: POST A (report + photos 1 and 2), POST B
    /// (the same report + photo 3), POST C (edited report + a photo) refused with nothing stored.
    @Test func tc7MultipartReportWithPhotos() async throws {
        let (server, tokens) = try await Self.start()
        Self.tokens = tokens
        defer { Task { await server.stop() } }
        let report = Self.report(50, #""affected_people": 5, "photos": ["1.jpg", "2.jpg", "3.jpg"]"#)
        func send(_ report: String, _ photos: [(String, String)]) async throws -> TestResponse {
            var body = "--XyZ\r\nContent-Disposition: form-data; name=\"report\"\r\nContent-Type: application/geo+json\r\n\r\n\(report)\r\n"
            for (name, content) in photos {
                body += "--XyZ\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"\(name)\"\r\nContent-Type: image/jpeg\r\n\r\n\(content)\r\n"
            }
            body += "--XyZ--\r\n"
            return try await server.request("/reports", method: .POST, headers: [("Authorization", "Bearer \(tokens["lucheng"]!)"),
                                                                             ("Content-Type", "multipart/form-data; boundary=XyZ")], body: body)
        }
        func present(_ answer: TestResponse) throws -> Int? {
            (try answer.json["properties"] as? [String: Any])?["photos_present"] as? Int
        }
        let a = try await send(report, [("1.jpg", "one"), ("2.jpg", "two")])
        #expect(a.status == 201, "\(a.text)")
        #expect(try present(a) == 2)
        let b = try await send(report, [("3.jpg", "three")])
        #expect(try b.status == 200 && present(b) == 3, "\(b.text)")
        let c = try await send(Self.report(50, #""affected_people": 7, "photos": ["1.jpg", "2.jpg", "3.jpg"]"#), [("4.jpg", "four")])
        #expect(c.status == 409)
        #expect(try present(try await server.get("/reports/\(Self.uid(50))")) == 3)
        let noReport = try await server.request("/reports", method: .POST, headers: [("Authorization", "Bearer \(tokens["lucheng"]!)"),
                                                                                  ("Content-Type", "multipart/form-data; boundary=XyZ")], body: "--XyZ--\r\n")
        #expect(noReport.status == 400)
    }
}
