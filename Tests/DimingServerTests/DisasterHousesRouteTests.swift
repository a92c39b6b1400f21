import DimingCore
import DimingDisaster
import Foundation
import GRDB
import Testing
@testable import DimingServer

/// TC-3 through `POST /reports` on a real server: a structure in two classes is refused and
/// nothing stored, 倒塌 1户 3间 is stored in the integer columns and summed in the event
/// summary, a household with two structures counts once, an auxiliary shed stays out of the
/// dwelling figures, aggregate figures that disagree are refused, and `houses` is part of the
/// content a resend is compared by.
@Suite struct DisasterHousesRouteTests {
    typealias Reports = DisasterReportRouteTests

    static func post(_ server: TestServer, _ body: String, token: String?, language: String = "zh") async throws -> TestResponse {
        try await server.request("/reports", method: .POST, headers: [
            ("Authorization", "Bearer \(token ?? "-")"), ("Content-Type", "application/geo+json"), ("Accept-Language", language),
        ], body: body)
    }

    static func storedHouseFigures(_ server: TestServer) async throws -> [String: Int] {
        try await server.database.pool.read { db in
            var sums: [String: Int] = [:]
            for indicator in ReportHouses.houseIndicators {
                sums[indicator.apiName] = try Int.fetchOne(db, sql: "SELECT coalesce(sum(\(indicator.column)), 0) FROM disaster_reports") ?? 0
            }
            return sums
        }
    }

    @Test func tc3HouseCountingByHouseholdUnit() async throws {
        let (server, tokens) = try await Reports.start()
        defer { Task { await server.stop() } }
        let token = tokens["lucheng"]

        // Rooms 1–2 collapsed and room 3 severe in one structure: refused, in both languages, nothing stored.
        let split = Reports.report(30, #""houses": [{"household": "H-12", "class": "collapsed", "rooms": 2}, {"household": "H-12", "class": "severe", "rooms": 1}]"#)
        let refused = try await Self.post(server, split, token: token, language: "en")
        #expect(try refused.status == 422 && (try refused.json["field"] as? String) == "houses[1].class", "\(refused.text)")
        #expect((try refused.json["detail"] as? String)?.contains("one structure takes one class") == true, "\(refused.text)")
        let refusedZh = try await Self.post(server, split, token: token)
        #expect((try refusedZh.json["detail"] as? String)?.contains("一处房屋只定一个损坏等级") == true, "\(refusedZh.text)")
        #expect(try await Reports.rowCount(server) == 0)

        // 倒塌 1户 3间.
        let whole = Reports.report(31, #""affected_people": 4, "houses": [{"household": "H-12", "class": "collapsed", "rooms": 3}]"#)
        let created = try await Self.post(server, whole, token: token)
        #expect(created.status == 201, "\(created.text)")
        let properties = try #require(try created.json["properties"] as? [String: Any])
        #expect(properties["collapsed_households"] as? Int == 1 && properties["collapsed_rooms"] as? Int == 3)
        #expect(properties["household_count_rule"] as? String == "most_severe" && properties["auxiliary_structures"] as? Int == 0)
        let listed = try #require(properties["houses"] as? [[String: Any]])
        #expect(listed.count == 1 && listed[0]["structure"] as? String == "main" && listed[0]["dwelling"] as? Bool == true)

        // One household, a main house and a separate wing in two classes, plus a livestock shed.
        let twoStructures = Reports.report(32, lon: "111.4852", #"""
            "houses": [{"household": "H-20", "structure": "main", "class": "collapsed", "rooms": 2},
                       {"household": "H-20", "structure": "wing", "class": "severe", "rooms": 1},
                       {"household": "H-20", "structure": "shed", "class": "auxiliary", "rooms": 2}]
            """#)
        let second = try await Self.post(server, twoStructures, token: token)
        #expect(second.status == 201, "\(second.text)")
        let shown = try #require(try second.json["properties"] as? [String: Any])
        #expect(shown["collapsed_households"] as? Int == 1 && shown["collapsed_rooms"] as? Int == 2)
        #expect(shown["severe_households"] as? Int == 0 && shown["severe_rooms"] as? Int == 1)
        #expect(shown["auxiliary_structures"] as? Int == 1 && shown["auxiliary_rooms"] as? Int == 2)
        let shed = (shown["houses"] as? [[String: Any]])?.first { $0["structure"] as? String == "shed" }
        #expect(shed?["dwelling"] as? Bool == false && shed?["reconstruction_eligible"] as? Bool == false)

        // The integer columns and the event summary add them up: the shed is in neither.
        let expected = ["collapsed_households": 2, "collapsed_rooms": 5, "severe_households": 0, "severe_rooms": 1,
                        "general_households": 0, "general_rooms": 0]
        #expect(try await Self.storedHouseFigures(server) == expected)
        let summary = try await server.get("/events/1/summary")
        let total = try #require(try summary.json["total"] as? [String: Any], "\(summary.text)")
        for (name, value) in expected { #expect(total[name] as? Int == value, "\(name) \(summary.text)") }

        // Aggregate figures that disagree with the houses: refused naming the field, nothing stored.
        let twoWays = Reports.report(33, #""collapsed_households": 1, "collapsed_rooms": 2, "houses": [{"household": "H-30", "class": "collapsed", "rooms": 3}]"#)
        let disagreeing = try await Self.post(server, twoWays, token: token)
        #expect(try disagreeing.status == 422 && (try disagreeing.json["field"] as? String) == "collapsed_rooms", "\(disagreeing.text)")
        #expect(try await Reports.rowCount(server) == 2)

        // A resend of the same content is the same report; other houses under the same id are a conflict.
        #expect(try await Self.post(server, whole, token: token).status == 200)
        let changed = Reports.report(31, #""affected_people": 4, "houses": [{"household": "H-12", "class": "severe", "rooms": 3}]"#)
        let conflict = try await Self.post(server, changed, token: token)
        #expect(try conflict.status == 409 && (try conflict.json["type"] as? String) == "urn:diming:problem:report-id-conflict", "\(conflict.text)")
        #expect(try await Reports.rowCount(server) == 2)
        #expect(try await Self.storedHouseFigures(server) == expected)
    }
}
