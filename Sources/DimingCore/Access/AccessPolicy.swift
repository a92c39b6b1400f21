/// Who may do what: the one place a route asks before it reads behind a closed deployment or
/// writes anything.
public enum AccessPolicy {
    /// An action a request wants to perform.
    public enum Action: Sendable, CustomStringConvertible {
        /// Read features and metadata when the deployment requires a token for reading.
        case read
        /// Change a per-database setting.
        case changeSettings
        /// Read the audit log.
        case readAudit
        /// Create, change or delete a feature of `layer` lying in the division `divisionCode`.
        case edit(layer: Layer, divisionCode: String?)
        /// Write some feature of `layer`: the role check alone, made before a request's body
        /// is read (the feature's division is checked once it is known, as ``edit(layer:divisionCode:)``).
        case editLayer(Layer)

        public var description: String { words.text(in: .en) }

        /// What the action does, in words of either language.
        public var words: Reason {
            switch self {
            case .read: Reason(AccessMessages.actionRead)
            case .changeSettings: Reason(AccessMessages.actionChangeSettings)
            case .readAudit: Reason(AccessMessages.actionReadAudit)
            case let .edit(layer, code?): Reason(AccessMessages.actionEditIn, ["layer": layer.name, "code": code])
            case let .edit(layer, nil), let .editLayer(layer): Reason(AccessMessages.actionEdit, ["layer": layer.name])
            }
        }
    }

    /// Returns the account when it may perform `action`; throws 401 without an account and
    /// 403 when its role or scope does not allow the action.
    @discardableResult
    public static func authorize(_ account: Account?, for action: Action) throws(AccessError) -> Account {
        guard let account else {
            throw .unauthenticated(reason: Reason(AccessMessages.actionNeedsToken, reasons: ["action": action.words]))
        }
        switch action {
        case .read:
            return account
        case .changeSettings, .readAudit:
            guard account.role == .admin else { throw forbidden(account, action, Reason(AccessMessages.onlyAdmin)) }
            // Settings and the audit log are database-wide: an admin limited to a division
            // (refused when accounts are made, but possible in older files) may not.
            guard account.scope.division == nil else {
                throw forbidden(account, action, Reason(AccessMessages.onlyWholeAdmin, ["division": account.scope.division?.digits ?? "-"]))
            }
        case let .editLayer(layer):
            guard layer.isEditable(by: account.role) else {
                throw forbidden(account, action, Reason(AccessMessages.roleDoesNotEdit, ["role": account.role.rawValue, "layer": layer.name]))
            }
        case let .edit(layer, code):
            guard layer.isEditable(by: account.role) else {
                throw forbidden(account, action, Reason(AccessMessages.roleDoesNotEdit, ["role": account.role.rawValue, "layer": layer.name]))
            }
            guard account.scope.allows(divisionCode: code) else {
                let scope = account.scope.division?.digits ?? "-"
                throw forbidden(account, action, Reason(AccessMessages.limitedTo, ["scope": "\(scope)"]))
            }
        }
        return account
    }

    private static func forbidden(_ account: Account, _ action: Action, _ reason: Reason) -> AccessError {
        .forbidden(account: account.name, action: action.words, reason: reason)
    }
}
