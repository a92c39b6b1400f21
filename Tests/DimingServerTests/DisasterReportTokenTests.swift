import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingServer

/// `POST /reports` takes the account last seen for a token and has the group commit read the
/// token in its transaction. What another process (`diming user revoke`, an admin's SQL) does to
/// the token or its account must count from the very next report, as it does on every route
/// that reads the token first.
@Suite struct DisasterReportTokenTests {
    typealias R = DisasterReportRouteTests

    /// The same file opened as a second program would: its own connections, its own caches.
    static func otherProcess(_ server: TestServer) throws -> DimingDatabase {
        try DimingDatabase(path: server.database.path, modules: DimingModule.application)
    }

    static func stored(_ n: Int, _ server: TestServer) async throws -> (scope: String?, flags: String?, by: String?)? {
        try await server.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT scope_code, flags, submitted_by FROM disaster_reports WHERE uid = ?", arguments: [R.uid(n)])
                .map { ($0["scope_code"], $0["flags"], $0["submitted_by"]) }
        }
    }

    @Test func aRevokedTokenFilesNothingFromTheNextReportOn() async throws {
        let (server, tokens) = try await R.start()
        defer { Task { await server.stop() } }
        let token = try #require(tokens["lucheng"])
        #expect(try await R.post(server, R.m1, as: token).status == 201)
        #expect(TokenCache.shared(for: server.database).account(tokenHash: TokenSecret.hash(token))?.name == "lucheng")
        #expect(try await R.post(server, R.m2, as: token).status == 201)
        let other = try Self.otherProcess(server)
        _ = try await other.pool.write { db in try AccessStore.revokeAll(of: "lucheng", in: db) }
        let refused = try await R.post(server, R.m3, as: token)
        #expect(refused.status == 401, "\(refused.text)")
        #expect((try refused.json["detail"] as? String ?? "").contains("revoked"), "\(refused.text)")
        // A resend of a stored report is refused too: the token is read before anything else.
        #expect(try await R.post(server, R.m1, as: token).status == 401)
        #expect(try await R.rowCount(server) == 2)
        #expect(TokenCache.shared(for: server.database).account(tokenHash: TokenSecret.hash(token)) == nil)
        // A new token for the same account works at once.
        let fresh = try await other.pool.write { db in try AccessStore.issueToken(for: "lucheng", in: db).secret }
        #expect(try await R.post(server, R.m3, as: fresh).status == 201)
    }

    @Test func aChangedAccountFilesAsItIsNow() async throws {
        let (server, tokens) = try await R.start()
        defer { Task { await server.stop() } }
        let token = try #require(tokens["lucheng"])
        #expect(try await R.post(server, R.m1, as: token).status == 201)
        #expect(try await Self.stored(1, server)?.scope == R.township)
        // Moved to 红花套镇 by another program: the next report is scoped (and flagged) as such.
        let other = try Self.otherProcess(server)
        try await other.pool.write { db in
            try db.execute(sql: "UPDATE diming_accounts SET division = '420581100' WHERE name = 'lucheng'")
        }
        #expect(try await R.post(server, R.m2, as: token).status == 201)
        let moved = try #require(try await Self.stored(2, server))
        #expect(moved.scope == "420581100")
        #expect(moved.flags?.contains("outside_scope") == true, "\(moved)")
        // No longer a reporter: 403 and nothing stored, though the token itself is live.
        try await other.pool.write { db in
            try db.execute(sql: "UPDATE diming_accounts SET role = 'viewer' WHERE name = 'lucheng'")
        }
        let refused = try await R.post(server, R.m3, as: token)
        #expect(refused.status == 403, "\(refused.text)")
        #expect(try await R.rowCount(server) == 2)
    }
}
