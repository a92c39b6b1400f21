import Foundation

/// 账户: a person or program that holds API tokens, with one role and an optional scope.
public struct Account: Hashable, Sendable {
    public let id: Int64
    public let name: String
    public let role: Role
    public let scope: AccessScope
    public let createdAt: Date

    public init(id: Int64, name: String, role: Role, scope: AccessScope, createdAt: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.scope = scope
        self.createdAt = createdAt
    }

    /// The rule for account names: they appear in the audit log and on the command line.
    static func validate(name: String) throws(AccessError) {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            CharacterSet.alphanumerics.contains(scalar) || "._-@".unicodeScalars.contains(scalar)
        }
        guard !name.isEmpty, name.count <= 64, allowed else { throw .invalidAccountName(name) }
    }
}
