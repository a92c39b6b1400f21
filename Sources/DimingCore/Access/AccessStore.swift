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
        try db.execute(sql: "INSERT INTO diming_accounts (name, role, division, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [name, role.rawValue, scope.division?.digits, now])
        return Account(id: db.lastInsertedRowID, name: name, role: role, scope: scope, createdAt: now)
    }

    /// The scope an account may have: none for an admin (admins are database-wide), else a
    /// division of this database, so that a mistyped code cannot make an account that sees nothing.
    private static func scope(_ division: String?, for role: Role, in db: Database) throws -> AccessScope {
        guard let division else { return .everywhere }
        guard role != .admin else { throw AccessError.scopedAdmin(division: division) }
        guard let code = DivisionCode(division) else { throw AccessError.invalidDivision(division) }
        let divisions = Layer.divisions
        let exists = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM \(divisions.name.quotedDatabaseIdentifier) WHERE \(divisions.keyColumn.quotedDatabaseIdentifier) = ?)
            """, arguments: [code.digits]) ?? false
        guard exists else { throw AccessError.unknownDivision(division) }
        return AccessScope(division: code)
    }

    public static func accounts(in db: Database) throws -> [Account] {
        try Row.fetchAll(db, sql: "SELECT id, name, role, division, created_at FROM diming_accounts ORDER BY name")
            .map(account(from:))
    }

    public static func account(named name: String, in db: Database) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT id, name, role, division, created_at FROM diming_accounts WHERE name = ?",
                         arguments: [name]).map(account(from:))
    }

    /// A new token for the account; the secret is in the result and nowhere else.
    public static func issueToken(for name: String, label: String? = nil, in db: Database) throws -> IssuedToken {
        guard let account = try account(named: name, in: db) else { throw AccessError.unknownAccount(name) }
        let secret = TokenSecret.generate()
        let now = Date()
        try db.execute(sql: "INSERT INTO diming_tokens (account_id, label, hash, created_at) VALUES (?, ?, ?, ?)",
                       arguments: [account.id, label, TokenSecret.hash(secret), now])
        let token = APIToken(id: db.lastInsertedRowID, accountName: name, label: label, createdAt: now, revokedAt: nil)
        return IssuedToken(token: token, secret: secret)
    }

    /// Every token, or one account's, oldest first.
    public static func tokens(of name: String? = nil, in db: Database) throws -> [APIToken] {
        var sql: SQL = """
            SELECT t.id, a.name, t.label, t.created_at, t.revoked_at
            FROM diming_tokens t JOIN diming_accounts a ON a.id = t.account_id
            """
        if let name { sql += " WHERE a.name = \(name)" }
        sql += " ORDER BY t.id"
        return try Row.fetchAll(db, SQLRequest<Row>(literal: sql)).map { row in
            APIToken(id: row[0], accountName: row[1], label: row[2], createdAt: row[3], revokedAt: row[4])
        }
    }

    /// Revokes one token (a revoked token stays listed, so the audit trail keeps its id).
    @discardableResult
    public static func revokeToken(id: Int64, in db: Database) throws -> APIToken {
        try db.execute(sql: "UPDATE diming_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                       arguments: [Date(), id])
        guard let token = try tokens(in: db).first(where: { $0.id == id }) else { throw AccessError.unknownToken(id) }
        return token
    }

    /// Revokes every live token of an account; returns how many.
    public static func revokeAll(of name: String, in db: Database) throws -> Int {
        guard let account = try account(named: name, in: db) else { throw AccessError.unknownAccount(name) }
        try db.execute(sql: "UPDATE diming_tokens SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                       arguments: [Date(), account.id])
        return db.changesCount
    }

    /// The account a bearer secret belongs to; 401 when it is unknown or revoked.
    public static func authenticate(secret: String, in db: Database) throws -> Account {
        let row = try Row.fetchOne(db, sql: """
            SELECT a.id, a.name, a.role, a.division, a.created_at, t.revoked_at
            FROM diming_tokens t JOIN diming_accounts a ON a.id = t.account_id
            WHERE t.hash = ?
            """, arguments: [TokenSecret.hash(secret)])
        guard let row else { throw AccessError.unauthenticated(reason: "the token is not known") }
        guard row[5] as Date? == nil else { throw AccessError.unauthenticated(reason: "the token has been revoked") }
        return try account(from: row)
    }

    private static func account(from row: Row) throws -> Account {
        let scope = (row[3] as String?).flatMap(DivisionCode.init).map { AccessScope(division: $0) } ?? .everywhere
        return Account(id: row[0], name: row[1], role: try Role(parsing: row[2]), scope: scope, createdAt: row[4])
    }
}
