import GRDB

/// An account as a row of `diming_accounts` (``AccessSchema``), read by column name.
extension Account: FetchableRecord, TableRecord {
    public static let databaseTableName = "diming_accounts"

    public enum Columns {
        public static let id = Column("id")
        public static let name = Column("name")
        public static let role = Column("role")
        /// The scope's division code; NULL for the whole database.
        public static let division = Column("division")
        public static let createdAt = Column("created_at")
    }

    /// The account's tokens.
    static var tokens: HasManyAssociation<Account, APIToken> {
        hasMany(APIToken.self, using: APIToken.accountForeignKey)
    }

    public init(row: Row) throws {
        let division: String? = try row.decode(forColumn: Columns.division)
        self.init(id: try row.decode(forColumn: Columns.id),
                  name: try row.decode(forColumn: Columns.name),
                  role: try Role(parsing: try row.decode(forColumn: Columns.role)),
                  scope: division.flatMap(DivisionCode.init).map { AccessScope(division: $0) } ?? .everywhere,
                  createdAt: try row.decode(forColumn: Columns.createdAt))
    }
}
