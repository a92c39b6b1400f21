import DimingCore
import Foundation
import GRDB
import Testing

/// 审核锁 on a real server (the Ushahidi PostLock lesson): a reviewer locks a report, nobody
/// else's review lands meanwhile (409 naming the holder and expiry), the holder releases it,
/// a reviewer or approver breaks another's (audited as a break), a reporter or viewer may
/// not (403, nothing about the lock in the answer), and an expired lock counts for nothing.
@Suite struct DisasterLocksRouteTests {
    typealias A = DisasterApprovalFixture
    typealias F = DisasterReviewFixture
    static let issues = #"{"state":"has_issues","note":"受灾面积待核实"}"#

    @Test func aLockKeepsOthersReviewsOutUntilItsHolderReleasesIt() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        let taken = try await A.post(server, "/reports/r2/lock", tokens["reviewer"], "")
        #expect(taken.status == 200)
        #expect(try taken.json["holder"] as? String == "reviewer")
        let expires = try #require(try taken.json["expires_at"] as? String)
        let expiry = try #require(ISO8601DateFormatter().date(from: expires))
        #expect(abs(expiry.timeIntervalSinceNow - 15 * 60) < 60, "\(expires)")

        let refused = try await A.post(server, "/reports/r2/review", tokens["approver"], Self.issues)
        #expect(refused.status == 409)
        let detail = try refused.json["detail"] as? String ?? ""
        #expect(detail.contains("reviewer") && detail.contains(expires), "\(detail)")
        #expect(try await A.post(server, "/reports/r2/lock", tokens["reviewer2"], "").status == 409)
        #expect(try await server.get("/reports/r2/lock", F.bearer(tokens["viewer"])).json["holder"] as? String == "reviewer")

        #expect(try await A.post(server, "/reports/r2/review", tokens["reviewer"], Self.issues).status == 200)
        let released = try await A.delete(server, "/reports/r2/lock", tokens["reviewer"])
        #expect(released.status == 200)
        #expect(try released.json["broken"] as? Bool == false)
        #expect(try await server.get("/reports/r2/lock", F.bearer(tokens["viewer"])).status == 404)
        // Released: the approver's review now lands (has_issues → approved).
        #expect(try await A.post(server, "/reports/r2/review", tokens["approver"], #"{"state":"approved"}"#).status == 200)
        #expect(try await A.audit(server, like: "report.%lock%") == ["reviewer report.lock", "reviewer report.unlock"])
    }

    @Test func reviewersAndApproversBreakLocksReportersAndViewersMayNot() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        #expect(try await A.post(server, "/reports/r3/lock", tokens["reviewer"], "").status == 200)
        for name in ["reporter-lc", "reporter-hht", "viewer"] {
            let refused = try await A.delete(server, "/reports/r3/lock", tokens[name])
            #expect(refused.status == 403, "\(name)")
            #expect(!refused.text.contains("expires") && !refused.text.contains("\"reviewer\""), "\(name): \(refused.text)")
            #expect(try await A.post(server, "/reports/r3/lock", tokens[name], "").status == 403, "\(name)")
        }
        #expect(try await server.request("/reports/r3/lock", method: .DELETE).status == 401)
        #expect(try await server.get("/reports/r3/lock", F.bearer(tokens["viewer"])).json["holder"] as? String == "reviewer")

        let broken = try await A.delete(server, "/reports/r3/lock", tokens["approver"])
        #expect(broken.status == 200)
        #expect(try broken.json["broken"] as? Bool == true)
        // The approver now holds it; a reviewer breaks the approver's lock in turn.
        #expect(try await A.post(server, "/reports/r3/lock", tokens["approver"], "").status == 200)
        let again = try await A.delete(server, "/reports/r3/lock", tokens["reviewer2"])
        #expect(try again.json["broken"] as? Bool == true)
        #expect(try await A.audit(server, like: "report.%lock%") == [
            "reviewer report.lock", "approver report.lock.break", "approver report.lock", "reviewer2 report.lock.break",
        ])
    }

    @Test func anExpiredLockIsIgnored() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        try await server.database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO disaster_review_locks (root, report, holder, taken_at, expires_at)
                VALUES ('r2', 'r2', 'reviewer2', '2026-07-01T01:00:00Z', '2026-07-01T01:15:00Z')
                """)
        }
        #expect(try await server.get("/reports/r2/lock", F.bearer(tokens["viewer"])).status == 404)
        #expect(try await A.post(server, "/reports/r2/review", tokens["reviewer"], Self.issues).status == 200)
        let taken = try await A.post(server, "/reports/r2/lock", tokens["approver"], "")
        #expect(try taken.json["holder"] as? String == "approver")
        #expect(try await A.delete(server, "/reports/r2/lock", tokens["approver"]).status == 200)
        #expect(try await A.delete(server, "/reports/r2/lock", tokens["approver"]).status == 404)
    }

    @Test func aLockHoldsEveryVersionAndKeepsToTheScope() async throws {
        let (server, tokens) = try await A.server()
        defer { Task { await server.stop() } }
        // r1 was corrected by r1b: locking the old version locks the report.
        #expect(try await A.post(server, "/reports/r1/lock", tokens["reviewer"], "").status == 200)
        #expect(try await A.post(server, "/reports/r1b/review", tokens["approver"], Self.issues).status == 409)
        // A township reporter cannot read another township's lock (404, as if no report).
        #expect(try await server.get("/reports/r1b/lock", F.bearer(tokens["reporter-hht"])).status == 404)
        #expect(try await server.get("/reports/r1b/lock", F.bearer(tokens["reporter-lc"])).status == 200)
        #expect(try await A.post(server, "/reports/nope/lock", tokens["reviewer"], "").status == 404)
    }
}
