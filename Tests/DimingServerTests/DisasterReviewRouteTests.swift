import DimingCore
import Foundation
import GRDB
import Testing

/// `POST /reports/{id}/review`, `GET /reports/{id}/versions` and `GET /events/{id}/reports` on a
/// real server: the states' path, the note, the audit, bad input as problems naming the field.
@Suite struct DisasterReviewRouteTests {
    typealias F = DisasterReviewFixture

    @Test func aReviewerReturnsThenApprovesAndTheHistoryShowsIt() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let noNote = try await server.request("/reports/r1b/review", method: .POST, headers: F.json(tokens["reviewer"]), body: #"{"state":"has_issues"}"#)
        #expect(noNote.status == 400)
        #expect(try noNote.json["field"] as? String == "note")
        let returned = try await server.request("/reports/r1b/review", method: .POST, headers: F.json(tokens["reviewer"]),
                                                body: #"{"state":"has_issues","note":"绝收面积大于受灾面积？"}"#)
        #expect(returned.status == 200)
        #expect(try returned.json["state"] as? String == "has_issues")
        #expect(try returned.json["account"] as? String == "reviewer")
        _ = try await server.request("/reports/r1b/review", method: .POST, headers: F.json(tokens["reviewer"]), body: #"{"state":"received"}"#)
        let approved = try await server.request("/reports/r1b/review", method: .POST, headers: F.json(tokens["admin"]), body: #"{"state":"approved"}"#)
        #expect(approved.status == 200)

        let versions = try await server.get("/reports/r1/versions", F.bearer(tokens["viewer"]))
        #expect(versions.status == 200)
        let chain = try versions.json["versions"] as? [[String: Any]] ?? []
        #expect(chain.compactMap { $0["uid"] as? String } == ["r1", "r1b"])
        #expect(chain.compactMap { $0["review_state"] as? String } == ["received", "approved"])
        #expect(chain.compactMap { $0["is_current"] as? Bool } == [false, true])
        #expect(versions.text.contains("\"crops_affected_ha\":18.6"))
        let reviews = try versions.json["reviews"] as? [[String: Any]] ?? []
        #expect(reviews.compactMap { $0["state"] as? String } == ["has_issues", "received", "approved"])
        #expect(reviews.first?["note"] as? String == "绝收面积大于受灾面积？")

        let audited = try await server.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT account FROM diming_audit WHERE action = 'report.review' AND feature_id = 'r1b' ORDER BY id")
        }
        #expect(audited == ["reviewer", "reviewer", "admin"])
        // Approved is final: 409 naming the states.
        let again = try await server.request("/reports/r1b/review", method: .POST, headers: F.json(tokens["reviewer"]),
                                             body: #"{"state":"rejected","note":"x"}"#)
        #expect(again.status == 409)
    }

    @Test func badInputIsAProblemNamingTheField() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let badState = try await server.request("/reports/r2/review", method: .POST, headers: F.json(tokens["reviewer"]), body: #"{"state":"ok"}"#)
        #expect(badState.status == 400)
        #expect(try badState.json["field"] as? String == "state")
        let unknownMember = try await server.request("/reports/r2/review", method: .POST, headers: F.json(tokens["reviewer"]),
                                                     body: #"{"state":"approved","by":"x"}"#)
        #expect(unknownMember.status == 400)
        #expect(try unknownMember.json["field"] as? String == "by")
        let superseded = try await server.request("/reports/r1/review", method: .POST, headers: F.json(tokens["reviewer"]), body: #"{"state":"approved"}"#)
        #expect(superseded.status == 409)
        #expect(try superseded.json["detail"] as? String ?? "" == "version r1 has been corrected: review the current version r1b")
        #expect(try await server.request("/reports/nope/review", method: .POST, headers: F.json(tokens["reviewer"]),
                                         body: #"{"state":"approved"}"#).status == 404)
        let state = try await server.database.pool.read { db in try String.fetchAll(db, sql: "SELECT review_state FROM disaster_reports ORDER BY id") }
        #expect(state.allSatisfy { $0 == "received" })
    }

    @Test func theListFiltersAndPages() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let all = try await server.get("/events/1/reports", F.bearer(tokens["reviewer"]))
        #expect(all.status == 200)
        #expect(try F.uids(all) == ["r1b", "r2", "r3"])
        #expect(try F.uids(await server.get("/events/1/reports?all_versions=true", F.bearer(tokens["reviewer"]))).count == 4)
        #expect(try F.uids(await server.get("/events/1/reports?township=420581100", F.bearer(tokens["reviewer"]))) == ["r2"])
        _ = try await server.request("/reports/r2/review", method: .POST, headers: F.json(tokens["reviewer"]), body: #"{"state":"rejected","note":"重复"}"#)
        // Rejected versions are kept and listed.
        #expect(try F.uids(await server.get("/events/1/reports?state=rejected", F.bearer(tokens["reviewer"]))) == ["r2"])
        let page = try await server.get("/events/1/reports?limit=2", F.bearer(tokens["reviewer"]))
        #expect(try F.uids(page) == ["r1b", "r2"])
        let next = try #require(try page.link("next"))
        #expect(try F.uids(await server.get(next, F.bearer(tokens["reviewer"]))) == ["r3"])
        let bad = try await server.get("/events/1/reports?state=done", F.bearer(tokens["reviewer"]))
        #expect(bad.status == 400)
        #expect(try bad.json["field"] as? String == "state")
        #expect(try await server.get("/events/9/reports", F.bearer(tokens["reviewer"])).status == 404)
    }
}
