import Foundation
import Testing
@testable import DimingCore

/// Accounts: a scope is a division of the database, an admin has none, and every change is
/// authorized and audited in its own transaction, never with a token's secret.
@Suite struct AccountChangeTests {
    let db: DimingDatabase

    init() throws {
        db = try makeTestDatabase()
        try importYichang(into: db)
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
}
