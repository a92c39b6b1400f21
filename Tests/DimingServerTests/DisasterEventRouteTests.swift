import DimingCore
import DimingDisaster
import DimingTestSupport
import Foundation
import GRDB
import NIOHTTP1
import Testing

/// The event routes against a real server over the demo data of 宜都市 (real division codes):
/// `POST /events` by a reviewer (201, the event, its Location) and the refusals, the status
/// change, the summary as JSON, CSV and page (TC-1's figures, total = Σ rows + unassigned),
/// and the deadlines (TC-4).
@Suite(.serialized) struct DisasterEventRouteTests {
    /// 陆城街道 plays TC-1's 甲镇.
    static let township = "420581001"
    static let accounts: [(name: String, role: Role, division: String?)] = [
        ("ada", .admin, nil), ("shen", .disasterReviewer, "420581"), ("li", .disasterReporter, "420581001"), ("wang", .viewer, nil),
    ]

    static func start() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase()
        var tokens = [String: String]()
        for account in accounts {
            tokens[account.name] = try await database.pool.write { db in
                try AccessStore.addAccount(name: account.name, role: account.role, division: account.division, in: db)
                return try AccessStore.issueToken(for: account.name, in: db).secret
            }
        }
        return (try await TestServer.start(database: database), tokens)
    }

    static func headers(_ tokens: [String: String], _ caller: String?) -> [(String, String)] {
        (caller.flatMap { tokens[$0] }.map { [("Authorization", "Bearer \($0)")] } ?? []) + [("Content-Type", "application/json")]
    }

    static let flood = #"{"hazard":"flood","subtype":"rainstorm","name":"2025-07-10 暴雨洪涝","start":"2025-07-10T03:00+08:00","division":"420581"}"#

    /// TC-1's current versions of 甲镇 (m1, m5, m3) with m2 superseded and a rejected version,
    /// and three points outside every division.
    static func insertTC1(event: Int64, into database: DimingDatabase) async throws {
        let columns = ["affected_people", "dead", "missing", "relocated_people", "relocated_concentrated", "relocated_dispersed",
                       "need_aid_people", "collapsed_households", "collapsed_rooms", "severe_households", "severe_rooms",
                       "general_households", "general_rooms", "crops_affected_m2", "crops_hit_m2", "crops_lost_m2", "direct_loss_yuan"]
        // m2 was superseded by m5 when m5 arrived.
        let rows: [(uid: String, root: String, township: String?, current: Int, review: String, values: [Int])] = [
            ("m1", "m1", township, 1, "received", [320, 0, 1, 85, 60, 25, 40, 2, 5, 3, 7, 6, 11, 186_000, 92_000, 25_000, 1_264_000]),
            ("m2", "m2", township, 0, "received", [210, 1, 0, 40, 40, 0, 25, 1, 3, 2, 4, 4, 6, 120_000, 55_000, 8_000, 749_000]),
            ("m3", "m3", township, 1, "approved", [95, 0, 0, 0, 0, 0, 10, 0, 0, 1, 2, 3, 5, 74_000, 30_000, 0, 213_000]),
            ("m5", "m2", township, 1, "has_issues", [230, 1, 0, 40, 40, 0, 30, 1, 3, 2, 4, 5, 8, 120_000, 55_000, 8_000, 801_000]),
            ("bad", "bad", township, 1, "rejected", [999, 9, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
        ] + (1...3).map { ("out\($0)", "out\($0)", nil, 1, "received", [10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2_000, 0, 0, 500]) }
        try await database.pool.write { db in
            for row in rows {
                try db.execute(sql: """
                    INSERT INTO "disaster_reports" ("uid", "event", "root", "is_current", "superseded_at", "review_state", "received_at", "observed_at",
                        "observed_utc", "location_source", "township_code", "county_code", \(columns.map { "\"\($0)\"" }.joined(separator: ", ")),
                        "content_sha256", "content", "geom")
                    VALUES (?, ?, ?, ?, CASE WHEN ? = 0 THEN '2025-07-09T20:40:00Z' END, ?, '2025-07-09T20:40:00Z', '2025-07-10T04:30+08:00', '2025-07-09T20:30:00Z', 'gps', ?, ?,
                            \(columns.map { _ in "?" }.joined(separator: ", ")), 'h', '{}', MakePoint(111.45, 30.39, 4490))
                    """, arguments: StatementArguments([row.uid, event, row.root, row.current, row.current, row.review] as [any DatabaseValueConvertible])
                        + StatementArguments([row.township, row.township == nil ? nil : "420581"]) + StatementArguments(row.values))
            }
        }
    }

    @Test func aReviewerOpensAnEventAndTheRefusalsNameTheField() async throws {
        let (server, tokens) = try await Self.start()
        defer { Task { await server.stop() } }
        let created = try await server.request("/events", method: .POST, headers: Self.headers(tokens, "shen"), body: Self.flood)
        #expect(created.status == 201, "\(created.text)")
        let event = try created.json
        let id = try #require(event["id"] as? Int)
        #expect(created.header("Location")?.hasSuffix("/events/\(id)") == true)
        #expect(event["status"] as? String == "active" && event["hazard"] as? String == "flood" && event["division"] as? String == "420581")

        let anonymous = try await server.request("/events", method: .POST, headers: Self.headers(tokens, nil), body: Self.flood)
        #expect(anonymous.status == 401)
        let reporter = try await server.request("/events", method: .POST, headers: Self.headers(tokens, "li"), body: Self.flood)
        #expect(reporter.status == 403)
        for (body, status, field) in [
            (Self.flood.replacingOccurrences(of: "\"flood\"", with: "\"meteor\""), 400, "hazard"),
            (Self.flood.replacingOccurrences(of: "\"420581\"", with: "\"420581999\""), 422, "division"),
            (Self.flood.replacingOccurrences(of: "03:00+08:00", with: "03:00"), 400, "start"),
            (Self.flood.replacingOccurrences(of: "rainstorm", with: "landslide"), 400, "subtype"),
        ] {
            let refused = try await server.request("/events", method: .POST, headers: Self.headers(tokens, "ada"), body: body)
            #expect(refused.status == status, "\(body): \(refused.text)")
            #expect(refused.header("Content-Type")?.hasPrefix("application/problem+json") == true)
            #expect(try refused.json["field"] as? String == field)
        }
        let list = try await server.get("/events")
        #expect((try list.json["events"] as? [[String: Any]])?.map { $0["id"] as? Int } == [id])
        let shown = try await server.get("/events/\(id)")
        #expect(((try shown.json["changes"] as? [[String: Any]])?.first?["status"] as? String) == "active")
        #expect(try await server.get("/events/99").status == 404)

        let wrongStep = try await server.request("/events/\(id)/status", method: .POST, headers: Self.headers(tokens, "shen"), body: #"{"status":"closed"}"#)
        #expect(wrongStep.status == 409)
        let stable = try await server.request("/events/\(id)/status", method: .POST, headers: Self.headers(tokens, "shen"),
                                              body: #"{"status":"stabilised","at":"2025-07-18T10:00+08:00"}"#)
        #expect(stable.status == 200, "\(stable.text)")
        #expect(try stable.json["stabilised_at"] as? String == "2025-07-18T10:00+08:00")
        let audit = try await server.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM diming_audit WHERE layer = 'disaster_events' ORDER BY id")
        }
        #expect(audit == ["disaster_event.create", "disaster_event.status"])
    }

    @Test func theSummaryAddsUpAsJSONCSVAndPage() async throws {
        let (server, tokens) = try await Self.start()
        defer { Task { await server.stop() } }
        let created = try await server.request("/events", method: .POST, headers: Self.headers(tokens, "ada"), body: Self.flood)
        let id = try #require(try created.json["id"] as? Int)
        try await Self.insertTC1(event: Int64(id), into: server.database)

        let response = try await server.get("/events/\(id)/summary")
        #expect(response.status == 200)
        #expect(response.text.contains("\"crops_hit_ha\":17.7,"))
        let summary = try response.json
        #expect(Set(summary.keys) == ["event", "as_of", "rows", "unassigned", "total"])
        let rows = try #require(summary["rows"] as? [[String: Any]])
        // Every township of 宜都市 has its row, those with nothing reported at zero.
        #expect(rows.count == 10)
        let jia = try #require(rows.first { $0["division"] as? String == Self.township })
        #expect(jia["name"] as? String == "陆城街道")
        #expect(jia["affected_people"] as? Int == 645 && jia["dead"] as? Int == 1 && jia["missing"] as? Int == 1)
        #expect(jia["relocated_people"] as? Int == 125 && jia["need_aid_people"] as? Int == 80)
        #expect(jia["collapsed_rooms"] as? Int == 8 && jia["severe_rooms"] as? Int == 13 && jia["general_rooms"] as? Int == 24)
        #expect((jia["crops_affected_ha"] as? NSNumber)?.stringValue == "38" && (jia["direct_loss_10k_yuan"] as? NSNumber)?.stringValue == "227.8")
        #expect(jia["reports"] as? Int == 3)
        let unassigned = try #require(summary["unassigned"] as? [String: Any])
        #expect(unassigned["reports"] as? Int == 3 && unassigned["affected_people"] as? Int == 30)
        let total = try #require(summary["total"] as? [String: Any])
        for indicator in Indicator.allCases.map(\.apiName) + ["reports"] {
            // Decimal from the number's text: a binary double's own decimal expansion would not add up.
            func exact(_ value: Any?) -> Decimal { (value as? NSNumber).flatMap { Decimal(string: $0.stringValue) } ?? 0 }
            let sum = rows.reduce(Decimal(0)) { $0 + exact($1[indicator]) } + exact(unassigned[indicator])
            #expect(exact(total[indicator]) == sum, "\(indicator)")
        }
        #expect(total["affected_people"] as? Int == 675)

        let county = try await server.get("/events/\(id)/summary?level=county")
        #expect(((try county.json["rows"] as? [[String: Any]])?.map { $0["division"] as? String }) == ["420581"])
        let csv = try await server.get("/events/\(id)/summary?f=csv")
        #expect(csv.header("Content-Type")?.hasPrefix("text/csv") == true)
        #expect(csv.text.contains("受灾人口（人）") && csv.text.contains(",合计,675,"))
        let page = try await server.get("/events/\(id)/summary.html")
        #expect(page.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(page.text.contains("陆城街道") && page.text.contains("@media print"))
        let badLevel = try await server.get("/events/\(id)/summary?level=village")
        #expect(badLevel.status == 400)
        #expect(try badLevel.json["field"] as? String == "level")
        let badTime = try await server.get("/events/\(id)/summary?as_of=2025-07-10")
        #expect(badTime.status == 400)
        #expect(try badTime.json["field"] as? String == "as_of")
    }

    @Test func theDeadlinesOfTC4() async throws {
        let (server, tokens) = try await Self.start()
        defer { Task { await server.stop() } }
        let created = try await server.request("/events", method: .POST, headers: Self.headers(tokens, "shen"), body: Self.flood)
        let id = try #require(try created.json["id"] as? Int)
        try await Self.insertTC1(event: Int64(id), into: server.database)
        let response = try await server.get("/events/\(id)/deadlines?now=2025-07-11T10:00%2B08:00")
        #expect(response.status == 200, "\(response.text)")
        let deadlines = try #require(try response.json["deadlines"] as? [[String: Any]])
        #expect(deadlines.map { $0["kind"] as? String } == ["initial", "follow_up", "follow_up"])
        #expect(deadlines[0]["due_at"] as? String == "2025-07-10T05:00:00+08:00" && deadlines[0]["status"] as? String == "met")
        #expect(deadlines[1]["due_at"] as? String == "2025-07-11T09:00:00+08:00" && deadlines[1]["status"] as? String == "overdue")
        let escalation = try #require(try response.json["escalation"] as? [String: Any])
        #expect(escalation["required"] as? Bool == false && escalation["dead_missing"] as? Int == 2)
    }
}
