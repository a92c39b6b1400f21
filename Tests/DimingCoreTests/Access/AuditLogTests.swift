import Foundation
import Testing
@testable import DimingCore

/// The audit log on a real file: every field read back as written, newest first, filtered by
/// account and layer, and paged by id.
@Suite struct AuditLogTests {
    let db: DimingDatabase

    init() throws {
        db = try makeTestDatabase()
    }

    @Test func anEntryReadsBackAsWritten() throws {
        let account = Account(id: 3, name: "zhao", role: .disasterReporter, scope: .everywhere, createdAt: Date())
        let entry = AuditEntry(id: 77, at: Date(timeIntervalSince1970: 1_780_000_000), account: account, action: "feature.update",
                               layer: "shelters", featureID: "12", before: #"{"a":1}"#, after: #"{"a":2}"#, requestID: "r-1")
        let stored = try db.pool.write { try AuditLog.record(entry, in: $0) }
        #expect(stored.id == 1, "the log numbers its entries, whatever id was given")
        let read = try db.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0) }
        #expect(read.entries == [stored])
        #expect(read.next == nil)
    }

    @Test func entriesAreNewestFirstFilteredAndPaged() throws {
        let ada = Account.local(user: "ada"), bo = Account.local(user: "bo")
        try db.pool.write { db in
            for (account, layer) in [(ada, "divisions"), (bo, "divisions"), (ada, nil), (ada, "shelters"), (ada, "divisions")] {
                try AuditLog.record(AuditEntry(account: account, action: "x", layer: layer), in: db)
            }
        }
        func ids(_ query: AuditLog.Query) throws -> ([Int64?], Int64?) {
            let page = try db.pool.read { try AuditLog.entries(query, in: $0) }
            return (page.entries.map(\.id), page.next)
        }
        #expect(try ids(AuditLog.Query()) == ([5, 4, 3, 2, 1], nil))
        #expect(try ids(AuditLog.Query(account: ada.name)) == ([5, 4, 3, 1], nil))
        #expect(try ids(AuditLog.Query(layer: "divisions")) == ([5, 2, 1], nil))
        #expect(try ids(AuditLog.Query(account: ada.name, layer: "divisions")) == ([5, 1], nil))
        #expect(try ids(AuditLog.Query(limit: 2)) == ([5, 4], 4))
        #expect(try ids(AuditLog.Query(before: 4, limit: 2)) == ([3, 2], 2))
        #expect(try ids(AuditLog.Query(before: 2, limit: 2)) == ([1], nil))
    }
}
