import GRDB

extension DimingDatabase {
    /// Copies the write-ahead log into the database file and truncates it, so that the file is
    /// left as one clean file (`diming serve` does this as it stops). A reader of another
    /// process may keep part of the log; that is not an error.
    public func checkpoint() async throws {
        try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
    }
}
