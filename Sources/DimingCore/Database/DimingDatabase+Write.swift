import GRDB

extension DimingDatabase {
    /// How often a write is tried when SQLite reports a schema change (SQLITE_SCHEMA).
    static let schemaAttempts = 3

    /// A write transaction, run again when SQLite refused one of its statements with
    /// SQLITE_SCHEMA. While other processes set up or change the same file's schema, SQLite
    /// may refuse to prepare a statement ("no such table") though the table is there; the
    /// transaction has then been rolled back, so running it again is safe. The transaction is
    /// marked as Diming's (``OwnWrite``): the file's guards neither check it again nor audit it.
    public func write<T>(_ updates: (Database) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try pool.write { db in try OwnWrite.marked(db, updates) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_SCHEMA && attempt < Self.schemaAttempts {
                attempt += 1
            }
        }
    }

    /// ``write(_:)`` through GRDB's async API, for callers on the cooperative pool (the server).
    public func write<T: Sendable>(_ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await pool.write { db in try OwnWrite.marked(db, updates) }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_SCHEMA && attempt < Self.schemaAttempts {
                attempt += 1
            }
        }
    }
}
