/// Why an account operation or a request's credentials were refused.
public enum AccessError: Problem, Equatable {
    /// No token, or one that is unknown or revoked (HTTP 401).
    case unauthenticated(reason: String)
    /// A valid token whose role or scope does not allow the action (HTTP 403).
    case forbidden(account: String, action: String, reason: String)
    case unknownRole(String)
    case invalidAccountName(String)
    case invalidDivision(String)
    /// A well-formed division code that is not in the database's divisions.
    case unknownDivision(String)
    /// An admin limited to a division: admins are database-wide.
    case scopedAdmin(division: String)
    case duplicateAccount(String)
    case unknownAccount(String)
    case unknownToken(Int64)

    public var status: Int {
        switch self {
        case .unauthenticated: 401
        case .forbidden: 403
        case .unknownRole, .invalidAccountName, .invalidDivision, .unknownDivision, .scopedAdmin: 400
        case .duplicateAccount: 409
        case .unknownAccount, .unknownToken: 404
        }
    }

    public var type: String {
        switch self {
        case .unauthenticated: "unauthenticated"
        case .forbidden: "forbidden"
        case .unknownRole: "unknown-role"
        case .invalidAccountName: "invalid-account-name"
        case .invalidDivision: "invalid-division"
        case .unknownDivision: "unknown-division"
        case .scopedAdmin: "scoped-admin"
        case .duplicateAccount: "duplicate-account"
        case .unknownAccount: "unknown-account"
        case .unknownToken: "unknown-token"
        }
    }

    public var title: String {
        switch self {
        case .unauthenticated: "Authentication required"
        case .forbidden: "Not allowed"
        case .unknownRole: "Unknown role"
        case .invalidAccountName: "Invalid account name"
        case .invalidDivision: "Invalid division"
        case .unknownDivision: "Unknown division"
        case .scopedAdmin: "Admins are database-wide"
        case .duplicateAccount: "Account exists"
        case .unknownAccount: "Unknown account"
        case .unknownToken: "Unknown token"
        }
    }

    public var field: String? {
        switch self {
        case .unknownRole: "role"
        case .invalidAccountName, .duplicateAccount, .unknownAccount: "name"
        case .invalidDivision, .unknownDivision, .scopedAdmin: "division"
        default: nil
        }
    }

    public var detail: String {
        switch self {
        case let .unauthenticated(reason): reason
        case let .forbidden(account, action, reason): "\(account) may not \(action): \(reason)"
        case let .unknownRole(role):
            "no role named \"\(role)\"; the roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .invalidAccountName(name):
            "account name \"\(name)\" must be 1 to 64 letters, digits or . _ - @, and not file (the audit log's name for other programs)"
        case let .invalidDivision(code): "division \"\(code)\" \(DivisionCode.formatRule)"
        case let .unknownDivision(code): "division \"\(code)\" is not in divisions: an account can only be limited to a division of this database"
        case let .scopedAdmin(division):
            "an admin works on the whole database and cannot be limited to a division (\(division)); give the account another role, or no division"
        case let .duplicateAccount(name): "an account named \"\(name)\" already exists"
        case let .unknownAccount(name): "no account named \"\(name)\""
        case let .unknownToken(id): "no token with id \(id)"
        }
    }
}
