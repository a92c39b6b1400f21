import Foundation
import GRDB

/// Accounts and their API tokens: the operations behind `diming user …` and the server's
/// bearer authentication. Each function runs inside the caller's transaction.
public enum AccessStore {
    @discardableResult
    public static func addAccount(name: String, role: Role, division: String? = nil, in db: Database) throws -> Account {
        try Account.validate(name: name)
        let scope = try scope(division, for: role, in: db)
        guard try account(named: name, in: db) == nil else { throw AccessError.duplicateAccount(name) }
        let now = Date()
        typealias Columns = Account.Columns
        try db.execute(literal: """
            INSERT INTO \(Account.self) (\(Columns.name), \(Columns.role), \(Columns.division), \(Columns.createdAt))
            VALUES (\(name), \(role.rawValue), \(scope.division?.digits), \(now))
            """)
        return Account(id: db.lastInsertedRowID, name: name, role: role, scope: scope, createdAt: now)
    }

    /// The scope an account may have: none for an admin (admins are database-wide), else a
    /// division of this database, so that a mistyped code cannot make an account that sees nothing.
    private static func scope(_ division: String?, for role: Role, in db: Database) throws -> AccessScope {
        guard let division else { return .everywhere }
        guard role != .admin else { throw AccessError.scopedAdmin(division: division) }
        guard let code = DivisionCode(division) else { throw AccessError.invalidDivision(division) }
        let divisions = Layer.divisions
        let key = Column(divisions.keyColumn)
        guard try !Table(divisions.name).filter(key == code.digits).isEmpty(db) else {
            throw AccessError.unknownDivision(division)
        }
        return AccessScope(division: code)
    }

    public static func accounts(in db: Database) throws -> [Account] {
        try Account.order(Account.Columns.name).fetchAll(db)
    }

    public static func account(named name: String, in db: Database) throws -> Account? {
        try Account.filter(Account.Columns.name == name).fetchOne(db)
    }

    /// A new token for the account; the secret is in the result and nowhere else.
    public static func issueToken(for name: String, label: String? = nil, in db: Database) throws -> IssuedToken {
        guard let account = try account(named: name, in: db) else { throw AccessError.unknownAccount(name) }
        let secret = TokenSecret.generate()
        let now = Date()
        typealias Columns = APIToken.Columns
        try db.execute(literal: """
            INSERT INTO \(APIToken.self) (\(Columns.accountID), \(Columns.label), \(Columns.hash), \(Columns.createdAt))
            VALUES (\(account.id), \(label), \(TokenSecret.hash(secret)), \(now))
            """)
        let token = APIToken(id: db.lastInsertedRowID, accountName: name, label: label, createdAt: now, revokedAt: nil)
        return IssuedToken(token: token, secret: secret)
    }

    /// Every token, or one account's, oldest first.
    public static func tokens(of name: String? = nil, in db: Database) throws -> [APIToken] {
        let request = APIToken.withAccountName { owner in
            name.map { owner.filter(Account.Columns.name == $0) } ?? owner
        }
        return try request.order(APIToken.Columns.id).fetchAll(db)
    }

    /// Revokes one token (a revoked token stays listed, so the audit trail keeps its id).
    @discardableResult
    public static func revokeToken(id: Int64, in db: Database) throws -> APIToken {
        try APIToken.filter(APIToken.Columns.id == id && APIToken.Columns.revokedAt == nil)
            .updateAll(db, APIToken.Columns.revokedAt.set(to: Date()))
        guard let token = try APIToken.withAccountName().filter(APIToken.Columns.id == id).fetchOne(db) else {
            throw AccessError.unknownToken(id)
        }
        return token
    }

    /// Revokes every live token of an account; returns how many.
    public static func revokeAll(of name: String, in db: Database) throws -> Int {
        guard let account = try account(named: name, in: db) else { throw AccessError.unknownAccount(name) }
        return try APIToken.filter(APIToken.Columns.accountID == account.id && APIToken.Columns.revokedAt == nil)
            .updateAll(db, APIToken.Columns.revokedAt.set(to: Date()))
    }

    /// The account a bearer secret belongs to; 401 when it is unknown or revoked. One query
    /// when the token is good; a second only to say why a token is refused.
    public static func authenticate(secret: String, in db: Database) throws -> Account {
        try authenticate(tokenHash: TokenSecret.hash(secret), in: db)
    }

    /// ``authenticate(secret:in:)`` of a secret already hashed (``TokenSecret/hash(_:)``).
    public static func authenticate(tokenHash hash: String, in db: Database) throws -> Account {
        if let account = try liveAccount(tokenHash: hash, in: db) { return account }
        let known = try !APIToken.filter(APIToken.Columns.hash == hash).isEmpty(db)
        throw AccessError.unauthenticated(reason: Reason(known ? AccessMessages.tokenRevoked : AccessMessages.tokenUnknown))
    }

    /// The account of a live (not revoked) token, nil otherwise.
    public static func liveAccount(tokenHash hash: String, in db: Database) throws -> Account? {
        // Every authenticated request asks this: a statement prepared once per connection, not
        // SQL built from the associations and authorized again each time.
        let live = try db.cachedStatement(sql: """
            SELECT a.* FROM \(Account.databaseTableName) a JOIN \(APIToken.databaseTableName) t ON t.account_id = a.id
            WHERE t.hash = ? AND t.revoked_at IS NULL LIMIT 1
            """)
        return try Account.fetchOne(live, arguments: [hash])
    }
}
