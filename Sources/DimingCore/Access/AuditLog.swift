import Foundation
import GRDB

/// The `diming_audit` table. A write records its entry inside its own transaction, so the
/// change and its record are committed together or not at all.
public enum AuditLog {
    /// Appends an entry; returns it with its id.
    @discardableResult
    public static func record(_ entry: AuditEntry, in db: Database) throws -> AuditEntry {
        try db.execute(sql: """
            INSERT INTO diming_audit (at, account, role, action, layer, feature_id, before, after, request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [entry.at, entry.account, entry.role.rawValue, entry.action, entry.layer,
                             entry.featureID, entry.before, entry.after, entry.requestID])
        var stored = entry
        stored.id = db.lastInsertedRowID
        return stored
    }

    /// Which entries to read: newest first, keyset-paged by id.
    public struct Query: Sendable, Equatable {
        public var account: String?
        public var layer: String?
        /// Entries older than this id (the `next` cursor of the previous page).
        public var before: Int64?
        public var limit: Int

        public static let defaultLimit = 50
        public static let maximumLimit = 1000

        public init(account: String? = nil, layer: String? = nil, before: Int64? = nil, limit: Int = defaultLimit) {
            self.account = account
            self.layer = layer
            self.before = before
            self.limit = limit
        }
    }

    /// One page of entries and the cursor of the next one (nil on the last page).
    public static func entries(_ query: Query, in db: Database) throws -> (entries: [AuditEntry], next: Int64?) {
        var conditions: [SQL] = []
        if let account = query.account { conditions.append("account = \(account)") }
        if let layer = query.layer { conditions.append("layer = \(layer)") }
        if let before = query.before { conditions.append("id < \(before)") }
        var sql: SQL = "SELECT id, at, account, role, action, layer, feature_id, before, after, request_id FROM diming_audit"
        if !conditions.isEmpty { sql += " WHERE \(conditions.joined(operator: .and))" }
        sql += " ORDER BY id DESC LIMIT \(query.limit + 1)"
        let rows = try Row.fetchAll(db, SQLRequest<Row>(literal: sql))
        let entries = try rows.prefix(query.limit).map { row in
            AuditEntry(id: row[0], at: row[1], accountName: row[2], role: try Role(parsing: row[3]), action: row[4],
                       layer: row[5], featureID: row[6], before: row[7], after: row[8], requestID: row[9])
        }
        return (entries, rows.count > query.limit ? entries.last?.id : nil)
    }
}
