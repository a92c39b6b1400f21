import Foundation
import GRDB
import Testing
@testable import DimingCore

/// Accounts and tokens on a real file: secrets stored hashed only, tokens listed with their
/// account, revoked once, and a bearer secret resolved to its account or refused saying why.
@Suite struct AccessStoreTests {
    let db: DimingDatabase

    init() throws {
        db = try makeTestDatabase()
        try importYichang(into: db)
    }

    @Test func tokensAreStoredHashedOnly() throws {
        let issued = try db.pool.write { db in
            try AccessStore.addAccount(name: "a", role: .viewer, in: db)
            return try AccessStore.issueToken(for: "a", label: "qgis", in: db)
        }
        #expect(issued.secret.hasPrefix("dmt_") && issued.secret.count == 4 + 43)
        let stored = try db.pool.read { try String.fetchAll($0, sql: "SELECT hash FROM diming_tokens") }
        #expect(stored == [TokenSecret.hash(issued.secret)])
        #expect(try db.pool.read { try AccessStore.authenticate(secret: issued.secret, in: $0) }.name == "a")
    }

    @Test func accountsReadBackWithRoleScopeAndTime() throws {
        let before = Date()
        let added = try db.pool.write { db in
            try AccessStore.addAccount(name: "wang", role: .viewer, in: db)
            return try AccessStore.addAccount(name: "li", role: .placenameOfficer, division: "420581", in: db)
        }
        let accounts = try db.pool.read { try AccessStore.accounts(in: $0) }
        #expect(accounts.map(\.name) == ["li", "wang"], "ordered by name")
        let li = try #require(accounts.first)
        #expect(li.id == added.id && li.name == added.name)
        #expect(li.role == .placenameOfficer && li.scope.division?.digits == "420581")
        #expect(abs(li.createdAt.timeIntervalSince(before)) < 60)
        #expect(accounts.last?.scope == .everywhere)
        #expect(try db.pool.read { try AccessStore.account(named: "nobody", in: $0) } == nil)
        #expect(throws: AccessError.duplicateAccount("li")) {
            try db.pool.write { try AccessStore.addAccount(name: "li", role: .viewer, in: $0) }
        }
    }

    @Test func tokensAreListedWithTheirAccountAndRevokedOnce() throws {
        let (first, second, other) = try db.pool.write { db in
            try AccessStore.addAccount(name: "zhao", role: .disasterReporter, division: "420581", in: db)
            try AccessStore.addAccount(name: "qian", role: .viewer, in: db)
            return (try AccessStore.issueToken(for: "zhao", label: "phone", in: db),
                    try AccessStore.issueToken(for: "zhao", in: db),
                    try AccessStore.issueToken(for: "qian", label: "qgis", in: db))
        }
        let all = try db.pool.read { try AccessStore.tokens(in: $0) }
        #expect(all.map(\.id) == [first.token.id, second.token.id, other.token.id])
        #expect(all.map(\.accountName) == ["zhao", "zhao", "qian"])
        #expect(all.map(\.label) == ["phone", nil, "qgis"])
        #expect(all.allSatisfy { !$0.isRevoked })
        #expect(try db.pool.read { try AccessStore.tokens(of: "qian", in: $0) }.map(\.id) == [other.token.id])
        #expect(try db.pool.read { try AccessStore.tokens(of: "nobody", in: $0) }.isEmpty)

        let revoked = try db.pool.write { try AccessStore.revokeToken(id: first.token.id, in: $0) }
        #expect(revoked.isRevoked && revoked.accountName == "zhao")
        let again = try db.pool.write { try AccessStore.revokeToken(id: first.token.id, in: $0) }
        #expect(again.revokedAt == revoked.revokedAt, "a revoked token keeps its time")
        #expect(throws: AccessError.unknownToken(999)) { try db.pool.write { try AccessStore.revokeToken(id: 999, in: $0) } }
        #expect(try db.pool.write { try AccessStore.revokeAll(of: "zhao", in: $0) } == 1)
        #expect(try db.pool.write { try AccessStore.revokeAll(of: "zhao", in: $0) } == 0)
        #expect(try db.pool.read { try AccessStore.tokens(in: $0) }.map(\.isRevoked) == [true, true, false])
    }

    @Test func aSecretIsResolvedToItsAccountOrRefusedSayingWhy() throws {
        let issued = try db.pool.write { db in
            try AccessStore.addAccount(name: "zhao", role: .disasterReporter, division: "420581", in: db)
            return try AccessStore.issueToken(for: "zhao", in: db)
        }
        let account = try db.pool.read { try AccessStore.authenticate(secret: issued.secret, in: $0) }
        #expect(account.name == "zhao" && account.role == .disasterReporter && account.scope.division?.digits == "420581")
        #expect(throws: AccessError.unauthenticated(reason: "the token is not known")) {
            try db.pool.read { try AccessStore.authenticate(secret: "dmt_unknown", in: $0) }
        }
        _ = try db.pool.write { try AccessStore.revokeToken(id: issued.token.id, in: $0) }
        #expect(throws: AccessError.unauthenticated(reason: "the token has been revoked")) {
            try db.pool.read { try AccessStore.authenticate(secret: issued.secret, in: $0) }
        }
    }

    /// A role the code no longer knows (a file edited by hand) is an error naming it, not a crash.
    @Test func anUnknownStoredRoleIsAnError() throws {
        try db.pool.write { db in
            try db.execute(sql: "INSERT INTO diming_accounts (name, role, division, created_at) VALUES ('x', 'king', NULL, ?)",
                           arguments: [Date()])
        }
        #expect(throws: AccessError.unknownRole("king")) { try db.pool.read { try AccessStore.accounts(in: $0) } }
    }
}
