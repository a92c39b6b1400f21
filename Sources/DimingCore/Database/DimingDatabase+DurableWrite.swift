import GRDB

extension DimingDatabase {
    /// A write transaction that is on disk when this returns: run with `PRAGMA synchronous =
    /// FULL` (GRDB opens a pool's writer with NORMAL, under which WAL may lose the last
    /// commits on a power cut), and set back to NORMAL after, for the other writes. SQLite
    /// refuses to change the level inside a transaction, hence the transaction is begun here.
    /// `updates` also gets the level in force, for the test that shows it.
    public func durableWrite<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            defer { try? db.execute(sql: "PRAGMA synchronous = NORMAL") }
            var result: T?
            try db.inTransaction(.immediate) {
                result = try OwnWrite.marked(db, updates)
                return .commit
            }
            return result!
        }
    }
}
