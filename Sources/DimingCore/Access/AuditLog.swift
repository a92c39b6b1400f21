import GRDB

/// The `diming_audit` table. A write records its entry inside its own transaction, so the
/// change and its record are committed together or not at all.
public enum AuditLog {
    /// Appends an entry; returns it with its id.
    @discardableResult
    public static func record(_ entry: AuditEntry, in db: Database) throws -> AuditEntry {
        // Every write appends one (each field report, in the group commit's single writer): a
        // statement prepared once per connection, not the record's SQL built and checked each time.
        let statement = try db.cachedStatement(sql: insertSQL)
        try statement.execute(arguments: [entry.at, entry.account, entry.role.rawValue, entry.action, entry.layer,
                                          entry.featureID, entry.before, entry.after, entry.requestID])
        var stored = entry
        stored.id = db.lastInsertedRowID
        return stored
    }

    private static let insertSQL = """
        INSERT INTO \(AuditEntry.databaseTableName) (at, account, role, action, layer, feature_id, before, after, request_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

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
        typealias Columns = AuditEntry.Columns
        var request = AuditEntry.all()
        if let account = query.account { request = request.filter(Columns.account == account) }
        if let layer = query.layer { request = request.filter(Columns.layer == layer) }
        if let before = query.before { request = request.filter(Columns.id < before) }
        let fetched = try request.order(Columns.id.desc).limit(query.limit + 1).fetchAll(db)
        let entries = Array(fetched.prefix(query.limit))
        return (entries, fetched.count > query.limit ? entries.last?.id : nil)
    }
}
