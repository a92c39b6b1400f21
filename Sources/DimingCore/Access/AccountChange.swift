import GRDB

/// Managing accounts and tokens as audited writes, like ``SettingChange``: authorize, change
/// and record in the caller's transaction, so the change and its audit entry are committed
/// together or not at all. `diming user` calls these as `local:<user>`; an HTTP route would
/// pass the request's account. A token's secret never reaches the audit log.
public enum AccountChange {
    /// Accounts are managed by admins, like settings (``AccessPolicy`` has no action of its own
    /// for them yet).
    static let action = AccessPolicy.Action.changeSettings

    /// Creates an account (`user.add`); see ``AccessStore/addAccount(name:role:division:in:)``.
    @discardableResult
    public static func addAccount(name: String, role: Role, division: String? = nil, by actor: Account?,
                                  requestID: String? = nil, in db: Database) throws -> Account {
        let admin = try AccessPolicy.authorize(actor, for: action)
        let account = try AccessStore.addAccount(name: name, role: role, division: division, in: db)
        try AuditLog.record(AuditEntry(account: admin, action: "user.add", featureID: account.name,
                                       after: json(account), requestID: requestID), in: db)
        return account
    }

    /// Issues a token (`token.issue`); the entry names the token by id and label only.
    public static func issueToken(for name: String, label: String? = nil, by actor: Account?,
                                  requestID: String? = nil, in db: Database) throws -> IssuedToken {
        let admin = try AccessPolicy.authorize(actor, for: action)
        let issued = try AccessStore.issueToken(for: name, label: label, in: db)
        try record(.issue, issued.token, by: admin, requestID: requestID, in: db)
        return issued
    }

    /// Revokes one token (`token.revoke`); revoking a revoked token changes and records nothing.
    @discardableResult
    public static func revokeToken(id: Int64, by actor: Account?, requestID: String? = nil,
                                   in db: Database) throws -> APIToken {
        let admin = try AccessPolicy.authorize(actor, for: action)
        let wasLive = try AccessStore.tokens(in: db).first { $0.id == id }.map { !$0.isRevoked } ?? false
        let token = try AccessStore.revokeToken(id: id, in: db)
        if wasLive { try record(.revoke, token, by: admin, requestID: requestID, in: db) }
        return token
    }

    /// Revokes every live token of an account, one `token.revoke` entry each; returns how many.
    public static func revokeAll(of name: String, by actor: Account?, requestID: String? = nil,
                                 in db: Database) throws -> Int {
        let admin = try AccessPolicy.authorize(actor, for: action)
        let live = try AccessStore.tokens(of: name, in: db).filter { !$0.isRevoked }
        let count = try AccessStore.revokeAll(of: name, in: db)
        for token in live {
            try record(.revoke, token, by: admin, requestID: requestID, in: db)
        }
        return count
    }

    private enum TokenAction: String {
        case issue = "token.issue"
        case revoke = "token.revoke"
    }

    private static func record(_ tokenAction: TokenAction, _ token: APIToken, by admin: Account,
                               requestID: String?, in db: Database) throws {
        let state: [(String, String?)] = [("account", token.accountName), ("label", token.label),
                                          ("state", tokenAction == .issue ? "active" : "revoked")]
        try AuditLog.record(AuditEntry(account: admin, action: tokenAction.rawValue, featureID: String(token.id),
                                       after: json(state), requestID: requestID), in: db)
    }

    private static func json(_ account: Account) -> String {
        json([("name", account.name), ("role", account.role.rawValue), ("division", account.scope.division?.digits)])
    }

    /// A flat JSON object of texts, for the audit log's `before` and `after`.
    private static func json(_ members: [(String, String?)]) -> String {
        var out = JSONOutput(capacity: 128)
        out.append(UInt8(ascii: "{"))
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(key)
            out.append(UInt8(ascii: ":"))
            if let value { out.appendString(value) } else { out.append("null") }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
