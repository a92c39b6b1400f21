import DimingCore
import GRDB

/// The filings' SQL (`disaster_filings`).
enum FilingStore {
    static let columns = """
        "id", "event", "kind", "as_of", "summary", "summary_sha256", "author", "created_at", "note",
        "state", "decided_by", "decided_at", "reason"
        """

    static func filing(_ row: Row) -> Filing {
        Filing(id: row["id"], event: row["event"], kind: FilingKind(rawValue: row["kind"]) ?? .followUp, asOf: row["as_of"],
               summary: row["summary"], summarySHA256: row["summary_sha256"], author: row["author"], createdAt: row["created_at"],
               note: row["note"], state: FilingState(rawValue: row["state"]) ?? .prepared, decidedBy: row["decided_by"],
               decidedAt: row["decided_at"], reason: row["reason"])
    }

    static func insert(event: Int64, kind: FilingKind, asOf: String, summary: String, sha256: String, author: String,
                       createdAt: String, note: String?, in db: Database) throws -> Filing {
        try db.execute(sql: """
            INSERT INTO "disaster_filings" ("event", "kind", "as_of", "summary", "summary_sha256", "author", "created_at", "note")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [event, kind.rawValue, asOf, summary, sha256, author, createdAt, note])
        return try fetch(db.lastInsertedRowID, event: event, in: db)
    }

    /// The filing `id` of `event`, or 404.
    static func fetch(_ id: Int64, event: Int64, in db: Database) throws -> Filing {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM \"disaster_filings\" WHERE \"id\" = ? AND \"event\" = ?",
                                         arguments: [id, event]) else { throw FilingsError.unknownFiling(String(id)) }
        return filing(row)
    }

    static func list(event: Int64, in db: Database) throws -> [Filing] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM \"disaster_filings\" WHERE \"event\" = ? ORDER BY \"as_of\", \"id\"",
                         arguments: [event]).map(filing)
    }

    static func decide(_ id: Int64, state: FilingState, by account: String, at: String, reason: String?, in db: Database) throws {
        try db.execute(sql: """
            UPDATE "disaster_filings" SET "state" = ?, "decided_by" = ?, "decided_at" = ?, "reason" = ? WHERE "id" = ?
            """, arguments: [state.rawValue, account, at, reason, id])
    }
}
