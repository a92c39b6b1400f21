import DimingCore
import Foundation
import GRDB
import Testing

/// TC-13 "Roles" for the county's filings (上报: 初报/续报/核报) and the report actions, on a
/// real server with real tokens: a filing freezes the summary; only an approver who did not
/// prepare it approves it; a decided filing never changes; each denied action is a 403 that
/// shows no data; a township account sees no county filing (an empty list, not a count).
@Suite struct DisasterApprovalRouteTests {
    typealias A = DisasterApprovalFixture
    typealias F = DisasterReviewFixture
    static let asOf = "2026-07-01T12:00:00+08:00"
    static let followUp = #"{"kind":"follow_up","as_of":"2026-07-01T12:00:00+08:00","note":"第一次续报"}"#

    static func total(_ object: Any?) -> [String: Any] {
        ((object as? [String: Any])?["total"] as? [String: Any]) ?? [:]
    }

    @Test func anApproverApprovesAFilingAReviewerPreparedAndItStaysFrozen() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        let prepared = try await A.post(server, "/events/1/filings", tokens["reviewer"], Self.followUp)
        #expect(prepared.status == 201, "\(prepared.text)")
        #expect(prepared.header("Location")?.hasSuffix("/events/1/filings/1") == true)
        #expect(try prepared.json["state"] as? String == "prepared")
        #expect(try prepared.json["author"] as? String == "reviewer")
        #expect(try prepared.json["as_of"] as? String == "2026-07-01T04:00:00Z")
        #expect((try prepared.json["summary_sha256"] as? String)?.count == 64)
        let frozen = Self.total(try prepared.json["summary"])
        #expect(frozen["reports"] as? Int == 3)
        #expect(frozen["crops_affected_ha"] as? Double == 18.8005)
        let live = try await server.get("/events/1/summary?as_of=2026-07-01T12%3A00%3A00%2B08%3A00")
        #expect(NSDictionary(dictionary: frozen).isEqual(to: Self.total(try live.json)))

        // 红花套镇's report is rejected afterwards: the live summary changes, the filing does not.
        #expect(try await A.post(server, "/reports/r2/review", tokens["approver"], #"{"state":"rejected","note":"重复"}"#).status == 200)
        #expect(Self.total(try await server.get("/events/1/summary?as_of=2026-07-01T12%3A00%3A00%2B08%3A00").json)["reports"] as? Int == 2)
        let approved = try await A.post(server, "/events/1/filings/1/approval", tokens["approver"], #"{"decision":"approved"}"#)
        #expect(approved.status == 200, "\(approved.text)")
        #expect(try approved.json["state"] as? String == "approved")
        #expect(try approved.json["decided_by"] as? String == "approver")
        #expect(Self.total(try approved.json["summary"])["reports"] as? Int == 3)
        #expect(try approved.json["summary_sha256"] as? String == prepared.json["summary_sha256"] as? String)

        // Approved is final: no second decision, no SQL change, no delete.
        let again = try await A.post(server, "/events/1/filings/1/approval", tokens["approver2"], #"{"decision":"returned","reason":"再核"}"#)
        #expect(again.status == 409)
        #expect(try again.json["field"] as? String == "filing")
        try await server.database.pool.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE disaster_filings SET summary = '{}' WHERE id = 1") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM disaster_filings WHERE id = 1") }
        }
        let listed = try await server.get("/events/1/filings", F.bearer(tokens["viewer"]))
        #expect((try listed.json["filings"] as? [[String: Any]])?.map { $0["state"] as? String } == ["approved"])
        #expect(try await A.audit(server, like: "filing.%") == ["reviewer filing.prepare", "approver filing.approve"])
    }

    @Test func onlyAnApproverWhoDidNotPrepareItApprovesAFiling() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        #expect(try await A.post(server, "/events/1/filings", tokens["approver"], Self.followUp).status == 201)
        let approve = #"{"decision":"approved"}"#
        #expect(try await server.request("/events/1/filings/1/approval", method: .POST, headers: [("Content-Type", "application/json")],
                                         body: approve).status == 401)
        for name in ["reviewer", "reporter-lc", "reporter-hht", "viewer"] {
            let refused = try await A.post(server, "/events/1/filings/1/approval", tokens[name], approve)
            #expect(refused.status == 403, "\(name)")
            #expect((try refused.json["detail"] as? String ?? "").contains("disaster_approver"), "\(name)")
            #expect(!refused.text.contains("summary") && !refused.text.contains("crops"), "\(name): \(refused.text)")
        }
        // Its author, an approver, may not approve it (four-eyes), in either language.
        let own = try await server.request("/events/1/filings/1/approval", method: .POST,
                                           headers: F.json(tokens["approver"]) + [("Accept-Language", "zh-CN")], body: approve)
        #expect(own.status == 403)
        #expect((try own.json["detail"] as? String ?? "").contains("四眼原则"))
        #expect(!own.text.contains("crops"))
        // Returning needs a reason; then another approver returns it, with the reason kept.
        let bare = try await A.post(server, "/events/1/filings/1/approval", tokens["approver2"], #"{"decision":"returned"}"#)
        #expect(bare.status == 400)
        #expect(try bare.json["field"] as? String == "reason")
        let returned = try await A.post(server, "/events/1/filings/1/approval", tokens["approver2"], #"{"decision":"returned","reason":"二村数字待核"}"#)
        #expect(returned.status == 200)
        #expect(try returned.json["reason"] as? String == "二村数字待核")
        let states = try await server.database.pool.read { db in try String.fetchAll(db, sql: "SELECT state FROM disaster_filings") }
        #expect(states == ["returned"])
    }

    @Test func whoPreparesAFilingAndWhoSeesIt() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        for name in ["reporter-lc", "viewer"] {
            let refused = try await A.post(server, "/events/1/filings", tokens[name], Self.followUp)
            #expect(refused.status == 403, "\(name)")
        }
        #expect(try await A.post(server, "/events/1/filings", tokens["admin"], #"{"kind":"initial"}"#).status == 201)
        #expect(try await A.post(server, "/events/1/filings", tokens["reviewer"], #"{"kind":"final","as_of":"2999-01-01T00:00:00+08:00"}"#).status == 400)
        let kind = try await A.post(server, "/events/1/filings", tokens["reviewer"], #"{"kind":"weekly"}"#)
        #expect(kind.status == 400)
        #expect(try kind.json["field"] as? String == "kind")
        #expect(try await A.post(server, "/events/9/filings", tokens["reviewer"], Self.followUp).status == 404)
        // A township account sees no county filing: an empty list, 404 for one, never a count.
        let township = try await server.get("/events/1/filings", F.bearer(tokens["reporter-lc"]))
        #expect(township.status == 200)
        #expect(try township.json["filings"] as? [Any] != nil)
        #expect((try township.json["filings"] as? [Any])?.isEmpty == true)
        #expect(try await server.get("/events/1/filings/1", F.bearer(tokens["reporter-lc"])).status == 404)
        #expect(try await server.get("/events/1/filings/1", F.bearer(tokens["viewer"])).status == 200)
        #expect((try await server.get("/events/1/filings", F.bearer(tokens["approver"])).json["filings"] as? [Any])?.count == 1)
    }

    /// A deadline no report met is met by an approved filing of its kind within its window.
    @Test func anApprovedInitialFilingMeetsTheInitialDeadline() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(-3600))
        let event = try await A.post(server, "/events", tokens["admin"],
                                     #"{"hazard":"flood","subtype":"rainstorm","name":"凌晨暴雨","start":"\#(start)","division":"420581"}"#)
        #expect(event.status == 201, "\(event.text)")
        let id = try #require(try event.json["id"] as? Int)
        func initial() async throws -> [String: Any] {
            let answer = try await server.get("/events/\(id)/deadlines")
            return ((try answer.json["deadlines"] as? [[String: Any]]) ?? []).first { $0["kind"] as? String == "initial" } ?? [:]
        }
        #expect(try await initial()["status"] as? String == "open")
        #expect(try await A.post(server, "/events/\(id)/filings", tokens["reviewer"], #"{"kind":"initial"}"#).status == 201)
        #expect(try await initial()["status"] as? String == "open", "a filing counts once approved")
        #expect(try await A.post(server, "/events/\(id)/filings/1/approval", tokens["approver"], #"{"decision":"approved"}"#).status == 200)
        let met = try await initial()
        #expect(met["status"] as? String == "met")
        #expect(met["met_at"] as? String != nil)
    }

    /// The report rows of TC-13: submit, see others' reports, mark has_issues.
    @Test func theReportActionsOfEachRole() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        // Submit: neither a county reviewer, an approver nor a viewer files a village report.
        for name in ["reviewer", "approver", "viewer"] {
            let refused = try await server.request("/reports", method: .POST, headers: F.bearer(tokens[name]) + [("Content-Type", "application/geo+json")],
                                                   body: "{}")
            #expect(refused.status == 403, "\(name)")
        }
        // See other townships' reports: the county's roles see all three; a township only its own.
        for name in ["reviewer", "approver", "viewer"] {
            #expect(try F.uids(await server.get("/events/1/reports", F.bearer(tokens[name]))).count == 3, "\(name)")
        }
        #expect(try F.uids(await server.get("/events/1/reports", F.bearer(tokens["reporter-hht"]))) == ["r2"])
        // Mark has_issues: reviewer and approver yes; reporter and viewer 403 without the report.
        for name in ["reporter-hht", "viewer"] {
            let refused = try await A.post(server, "/reports/r2/review", tokens[name], #"{"state":"has_issues","note":"待核"}"#)
            #expect(refused.status == 403, "\(name)")
            #expect(!refused.text.contains("红花套"), "\(name)")
        }
        #expect(try await A.post(server, "/reports/r2/review", tokens["approver"], #"{"state":"has_issues","note":"待核"}"#).status == 200)
        #expect(try await A.post(server, "/reports/r1b/review", tokens["reviewer"], #"{"state":"has_issues","note":"待核"}"#).status == 200)
    }
}
