import GRDB

/// An entry as a row of `diming_audit` (``AccessSchema``), read and written by column name.
extension AuditEntry: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "diming_audit"

    public enum Columns {
        public static let id = Column("id")
        public static let at = Column("at")
        /// The account's name, kept as text so that entries outlive accounts.
        public static let account = Column("account")
        public static let role = Column("role")
        public static let action = Column("action")
        public static let layer = Column("layer")
        public static let featureID = Column("feature_id")
        public static let before = Column("before")
        public static let after = Column("after")
        public static let requestID = Column("request_id")
    }

    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: Columns.id),
                  at: try row.decode(forColumn: Columns.at),
                  accountName: try row.decode(forColumn: Columns.account),
                  role: try Role(parsing: try row.decode(forColumn: Columns.role)),
                  action: try row.decode(forColumn: Columns.action),
                  layer: try row.decode(forColumn: Columns.layer),
                  featureID: try row.decode(forColumn: Columns.featureID),
                  before: try row.decode(forColumn: Columns.before),
                  after: try row.decode(forColumn: Columns.after),
                  requestID: try row.decode(forColumn: Columns.requestID))
    }

    public func encode(to container: inout PersistenceContainer) {
        container[Columns.id] = id
        container[Columns.at] = at
        container[Columns.account] = account
        container[Columns.role] = role.rawValue
        container[Columns.action] = action
        container[Columns.layer] = layer
        container[Columns.featureID] = featureID
        container[Columns.before] = before
        container[Columns.after] = after
        container[Columns.requestID] = requestID
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
