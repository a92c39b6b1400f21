/// Why an account operation or a request's credentials were refused.
public enum AccessError: Problem, Equatable {
    /// No token, or one that is unknown or revoked (HTTP 401).
    case unauthenticated(reason: Reason)
    /// A valid token whose role or scope does not allow the action (HTTP 403).
    case forbidden(account: String, action: Reason, reason: Reason)
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

    public func title(in language: Language) -> String {
        let m = AccessMessages.self
        return switch self {
        case .unauthenticated: m.unauthenticatedTitle.text(language)
        case .forbidden: m.forbiddenTitle.text(language)
        case .unknownRole: m.unknownRoleTitle.text(language)
        case .invalidAccountName: m.invalidAccountNameTitle.text(language)
        case .invalidDivision: m.invalidDivisionTitle.text(language)
        case .unknownDivision: m.unknownDivisionTitle.text(language)
        case .scopedAdmin: m.scopedAdminTitle.text(language)
        case .duplicateAccount: m.duplicateAccountTitle.text(language)
        case .unknownAccount: m.unknownAccountTitle.text(language)
        case .unknownToken: m.unknownTokenTitle.text(language)
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

    public func detail(in language: Language) -> String {
        let m = AccessMessages.self
        return switch self {
        case let .unauthenticated(reason): reason.text(in: language)
        case let .forbidden(account, action, reason): m.forbidden.text(language, ["account": account, "action": action.text(in: language), "reason": reason.text(in: language)])
        case let .unknownRole(role):
            m.unknownRole.text(language, ["role": role, "roles": Role.allCases.map(\.rawValue).joined(separator: ", ")])
        case let .invalidAccountName(name): m.invalidAccountName.text(language, ["name": name])
        case let .invalidDivision(code): m.invalidDivision.text(language, ["code": code])
        case let .unknownDivision(code): m.unknownDivision.text(language, ["code": code])
        case let .scopedAdmin(division): m.scopedAdmin.text(language, ["division": division])
        case let .duplicateAccount(name): m.duplicateAccount.text(language, ["name": name])
        case let .unknownAccount(name): m.unknownAccount.text(language, ["name": name])
        case let .unknownToken(id): m.unknownToken.text(language, ["id": String(id)])
        }
    }
}
