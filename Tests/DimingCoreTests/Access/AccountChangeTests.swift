import Foundation
import Testing
@testable import DimingCore

/// Accounts: a scope is a division of the database, an admin has none, and every change is
/// authorized and audited in its own transaction, never with a token's secret.
@Suite struct AccountChangeTests {
    let db: DimingDatabase
    let local = Account.local(user: "clerk")

    init() throws {
        db = try makeTestDatabase()
        try importYichang(into: db)
    }

    func auditEntries() throws -> [AuditEntry] {
        try db.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }
    }

    @Test func aScopeMustBeADivisionOfTheDatabase() throws {
        #expect(throws: AccessError.invalidDivision("999999999")) {
            try db.pool.write { try AccessStore.addAccount(name: "ghost", role: .viewer, division: "999999999", in: $0) }
        }
        #expect(throws: AccessError.unknownDivision("420581999")) {
            try db.pool.write { try AccessStore.addAccount(name: "ghost", role: .viewer, division: "420581999", in: $0) }
        }
        let county = try db.pool.write { try AccessStore.addAccount(name: "li", role: .placenameOfficer, division: "420581", in: $0) }
        #expect(county.scope.division?.digits == "420581")
        #expect(try db.pool.read { try AccessStore.accounts(in: $0) }.map(\.name) == ["li"])
    }

    @Test func anAdminIsDatabaseWide() throws {
        let error = #expect(throws: AccessError.self) {
            try db.pool.write { try AccessStore.addAccount(name: "boss", role: .admin, division: "420581", in: $0) }
        }
        #expect(error == .scopedAdmin(division: "420581"))
        #expect(error?.detail.contains("an admin works on the whole database") == true)
        #expect(error?.field == "division" && error?.status == 400)
        #expect(try db.pool.read { try AccessStore.accounts(in: $0) }.isEmpty)
    }

    @Test func addIssueAndRevokeAreAuditedWithoutTheSecret() throws {
        let account = try db.pool.write {
            try AccountChange.addAccount(name: "zhao", role: .disasterReporter, division: "420581", by: local, in: $0)
        }
        let first = try db.pool.write { try AccountChange.issueToken(for: "zhao", label: "phone", by: local, in: $0) }
        let second = try db.pool.write { try AccountChange.issueToken(for: "zhao", by: local, in: $0) }
        _ = try db.pool.write { try AccountChange.revokeToken(id: first.token.id, by: local, in: $0) }
        _ = try db.pool.write { try AccountChange.revokeToken(id: first.token.id, by: local, in: $0) }   // already revoked: no entry
        #expect(try db.pool.write { try AccountChange.revokeAll(of: "zhao", by: local, in: $0) } == 1)

        let entries = try auditEntries().reversed().map { $0 }
        #expect(entries.map(\.action) == ["user.add", "token.issue", "token.issue", "token.revoke", "token.revoke"])
        #expect(entries.allSatisfy { $0.account == "local:clerk" && $0.role == .admin })
        #expect(entries[0].featureID == account.name)
        #expect(entries[0].after == #"{"name":"zhao","role":"disaster_reporter","division":"420581"}"#)
        #expect(entries[1].after == #"{"account":"zhao","label":"phone","state":"active"}"#)
        #expect(entries.map(\.featureID) == ["zhao", "1", "2", "1", "2"])
        for entry in entries {
            for secret in [first.secret, second.secret] {
                #expect(!(entry.after ?? "").contains(secret) && !(entry.before ?? "").contains(secret))
            }
        }
    }

    @Test func onlyAnAdminManagesAccountsAndARefusalWritesNothing() throws {
        let viewer = Account(id: 9, name: "wang", role: .viewer, scope: .everywhere, createdAt: Date())
        #expect(throws: AccessError.self) {
            try db.pool.write { try AccountChange.addAccount(name: "x", role: .viewer, by: viewer, in: $0) }
        }
        #expect(throws: AccessError.self) {
            try db.pool.write { try AccountChange.addAccount(name: "x", role: .viewer, by: nil, in: $0) }
        }
        #expect(throws: AccessError.unknownDivision("420581999")) {
            try db.pool.write { try AccountChange.addAccount(name: "x", role: .viewer, division: "420581999", by: local, in: $0) }
        }
        #expect(try db.pool.read { try AccessStore.accounts(in: $0) }.isEmpty)
        #expect(try auditEntries().isEmpty)
    }

    /// `diming import` and `diming config` record the same account: written in one place.
    @Test func theLocalAccountIsTheImportsAuditName() {
        #expect(AuditEntry.local(user: "clerk", action: "layer.import", layer: "divisions", after: nil).account == local.name)
        #expect(local.name == "local:clerk" && local.role == .admin && local.scope == .everywhere)
    }
}
