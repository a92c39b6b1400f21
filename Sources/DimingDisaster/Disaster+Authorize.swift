import DimingCore

extension Disaster {
    /// The roles that review reports, take, release and break review locks, and prepare filings.
    static let reviewingRoles: Set<Role> = [.admin, .disasterReviewer, .disasterApprover]

    /// The account when its role is one of `roles`: 401 without an account, 403 with `refusal`
    /// (which names the role) otherwise. Asked before a request's body is read.
    static func authorize(_ actor: Account?, roles: Set<Role>, action: Reason, refusal: Message) throws -> Account {
        guard let account = actor else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.actionNeedsToken, reasons: ["action": action]))
        }
        guard roles.contains(account.role) else {
            throw AccessError.forbidden(account: account.name, action: action, reason: Reason(refusal, ["role": account.role.rawValue]))
        }
        return account
    }
}
