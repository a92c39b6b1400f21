import DimingCore
import Foundation
import GRDB

/// The review fixture (``DisasterReviewFixture``) with two county approvers (县 审批员) and a
/// second county reviewer, for the TC-13 matrix of filings and review locks.
enum DisasterApprovalFixture {
    typealias F = DisasterReviewFixture

    static func server() async throws -> (TestServer, [String: String]) {
        let (server, fixtureTokens) = try await F.server()
        var tokens = fixtureTokens
        let more: [(String, Role)] = [("approver", .disasterApprover), ("approver2", .disasterApprover), ("reviewer2", .disasterReviewer)]
        for (name, token) in try await server.database.pool.write({ db in
            try more.map { account in
                try AccessStore.addAccount(name: account.0, role: account.1, in: db)
                return (account.0, try AccessStore.issueToken(for: account.0, in: db).secret)
            }
        }) {
            tokens[name] = token
        }
        return (server, tokens)
    }

    static func post(_ server: TestServer, _ path: String, _ token: String?, _ body: String = "{}") async throws -> TestResponse {
        try await server.request(path, method: .POST, headers: F.json(token), body: body)
    }

    static func delete(_ server: TestServer, _ path: String, _ token: String?) async throws -> TestResponse {
        try await server.request(path, method: .DELETE, headers: F.bearer(token))
    }

    /// The `account action` pairs of the audit log for `actions` (SQL LIKE patterns), oldest first.
    static func audit(_ server: TestServer, like pattern: String) async throws -> [String] {
        try await server.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT account || ' ' || action FROM diming_audit WHERE action LIKE ? ORDER BY id", arguments: [pattern])
        }
    }
}
