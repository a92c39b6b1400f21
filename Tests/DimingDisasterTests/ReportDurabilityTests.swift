import DimingCore
import GRDB
import Testing

/// Report writes are durable when answered: they run with `synchronous = FULL` (the pool's
/// writer is opened with NORMAL by GRDB), and the other writes keep NORMAL afterwards.
@Suite struct ReportDurabilityTests {
    @Test func theDurableWriteRunsWithSynchronousFull() async throws {
        let database = try DisasterModuleTests.newDatabase("durable")
        let before = try await database.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        let during = try await database.durableWrite { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        let after = try await database.pool.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        let mode = try await database.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(before == 1 && during == 2 && after == 1)
        #expect(mode == "wal")
    }
}
