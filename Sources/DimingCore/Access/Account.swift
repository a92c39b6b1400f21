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

    /// Someone working on the file directly with the `diming` command, who holds every right the
    /// file gives: an admin named `local:<user>` in the audit log. Never stored as an account.
    public static func local(user: String) -> Account {
        Account(id: 0, name: "local:\(user)", role: .admin, scope: .everywhere, createdAt: Date())
    }

    /// The rule for account names: they appear in the audit log and on the command line.
    static func validate(name: String) throws(AccessError) {
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            CharacterSet.alphanumerics.contains(scalar) || "._-@".unicodeScalars.contains(scalar)
        }
        // `file` is how the audit log names another program's edits of the file (FileGuards).
        guard !name.isEmpty, name.count <= 64, allowed, name != FileGuards.account else { throw .invalidAccountName(name) }
    }
}
