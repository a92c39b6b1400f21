import GRDB

/// How the file's guards (migration `core-033-file-guards`) tell Diming's writes from another
/// program's: each Diming write transaction inserts the one row of `diming_writing` first and
/// deletes it last, so the row is never committed and no other connection ever sees it
/// (SQLite has one writer at a time). The triggers skip their checks and audit entries while
/// the row is there: Diming has checked the write and records its own audit entry.
///
/// A trigger cannot ask a SQL function only Diming registers (QGIS would fail with "no such
/// function"), and a main-schema trigger cannot see TEMP tables: hence a main-schema table.
/// The row's primary key is 1 and only 1, so a write path that forgot ``end(_:)`` fails on its
/// next ``begin(_:)`` instead of silently hiding outside edits.
enum OwnWrite {
    static let table = "diming_writing"

    /// Marks the caller's transaction as Diming's.
    static func begin(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO diming_writing (id) VALUES (1)")
    }

    /// Removes the mark before the caller commits.
    static func end(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM diming_writing")
    }

    /// Runs `updates` inside the caller's transaction, marked as Diming's.
    static func marked<T>(_ db: Database, _ updates: (Database) throws -> T) throws -> T {
        try begin(db)
        let result = try updates(db)
        try end(db)
        return result
    }

    /// Whether the file has the guards (a set-up marks its migrations from the one that adds them on).
    static func isInstalled(_ db: Database) throws -> Bool {
        try db.tableExists(table)
    }
}
