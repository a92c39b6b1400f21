import GRDB

/// A token as a row of `diming_tokens` (``AccessSchema``), read by column name, with its
/// account's name joined in (``withAccountName(_:)``): a token row holds only the account's id.
extension APIToken: FetchableRecord, TableRecord {
    public static let databaseTableName = "diming_tokens"

    public enum Columns {
        public static let id = Column("id")
        public static let accountID = Column("account_id")
        public static let label = Column("label")
        /// The SHA-256 of the secret (``TokenSecret/hash(_:)``); the secret itself is never stored.
        public static let hash = Column("hash")
        public static let createdAt = Column("created_at")
        public static let revokedAt = Column("revoked_at")
    }

    static var accountForeignKey: ForeignKey { ForeignKey([Columns.accountID]) }

    static var account: BelongsToAssociation<APIToken, Account> {
        belongsTo(Account.self, using: accountForeignKey)
    }

    /// The key under which ``withAccountName(_:)`` selects the account's name.
    static let accountNameKey = "account_name"

    /// Tokens with their account's name; `owner` narrows the accounts (by name, say).
    static func withAccountName(
        _ owner: (BelongsToAssociation<APIToken, Account>) -> BelongsToAssociation<APIToken, Account> = { $0 }
    ) -> QueryInterfaceRequest<APIToken> {
        APIToken.annotated(withRequired: owner(account).select(Account.Columns.name.forKey(accountNameKey)))
    }

    /// A row of ``withAccountName(_:)``.
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: Columns.id),
                  accountName: try row.decode(forColumn: Self.accountNameKey),
                  label: try row.decode(forColumn: Columns.label),
                  createdAt: try row.decode(forColumn: Columns.createdAt),
                  revokedAt: try row.decode(forColumn: Columns.revokedAt))
    }
}
