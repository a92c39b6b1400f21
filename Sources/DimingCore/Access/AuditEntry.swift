import Foundation

/// 审计记录: one write, who made it and what it changed. `before` and `after` are JSON texts
/// (a feature, a setting), nil for a creation or a deletion.
public struct AuditEntry: Hashable, Sendable {
    public var id: Int64?
    public var at: Date
    public var account: String
    public var role: Role
    /// What was done, as `<thing>.<verb>`: `setting.change`, `feature.create` …
    public var action: String
    public var layer: String?
    public var featureID: String?
    public var before: String?
    public var after: String?
    /// The HTTP request that made the change, to find it in the server log.
    public var requestID: String?

    public init(id: Int64? = nil, at: Date = Date(), account: Account, action: String, layer: String? = nil,
                featureID: String? = nil, before: String? = nil, after: String? = nil, requestID: String? = nil) {
        self.init(id: id, at: at, accountName: account.name, role: account.role, action: action, layer: layer,
                  featureID: featureID, before: before, after: after, requestID: requestID)
    }

    /// An entry for someone working on the file directly (the `diming` command): see
    /// ``Account/local(user:)``.
    public static func local(user: String, action: String, layer: String?, after: String?) -> AuditEntry {
        AuditEntry(account: .local(user: user), action: action, layer: layer, after: after)
    }

    init(id: Int64?, at: Date, accountName: String, role: Role, action: String, layer: String?,
         featureID: String?, before: String?, after: String?, requestID: String?) {
        self.id = id
        self.at = at
        self.account = accountName
        self.role = role
        self.action = action
        self.layer = layer
        self.featureID = featureID
        self.before = before
        self.after = after
        self.requestID = requestID
    }
}
