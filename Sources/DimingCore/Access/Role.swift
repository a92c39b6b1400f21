/// 角色: what an account may do. Reading is open to every role (and to anyone when the
/// deployment's `read_access` is `open`); which layers a role writes is said by each layer
/// (``Layer/editors``).
public enum Role: String, Sendable, CaseIterable, Codable {
    /// 管理员: everything, including settings, accounts and the audit log.
    case admin
    /// 地名管理员: gazetteer entries, roads and house numbers.
    case placenameOfficer = "placename_officer"
    /// 界线检查员: divisions, boundary lines, markers and joint inspections.
    case boundaryInspector = "boundary_inspector"
    /// 灾情报告员: files disaster reports (a township reporter only within its township).
    case disasterReporter = "disaster_reporter"
    /// 灾情审核员: reviews disaster reports and keeps the shelters.
    case disasterReviewer = "disaster_reviewer"
    /// 灾情审批员 (县): approves the county's filings (初报/续报/核报) that someone else prepared;
    /// also reviews reports and breaks review locks.
    case disasterApprover = "disaster_approver"
    /// 只读用户: reads, also when reading needs a token.
    case viewer

    /// What the role may do, in English (with the Chinese name).
    public var summary: String { summary(in: .en) }

    /// What the role may do, in `language`.
    public func summary(in language: Language) -> String {
        let m = AccessMessages.self
        return switch self {
        case .admin: m.admin.text(language)
        case .placenameOfficer: m.placenameOfficer.text(language)
        case .boundaryInspector: m.boundaryInspector.text(language)
        case .disasterReporter: m.disasterReporter.text(language)
        case .disasterReviewer: m.disasterReviewer.text(language)
        case .disasterApprover: m.disasterApprover.text(language)
        case .viewer: m.viewer.text(language)
        }
    }

    /// Parses a role name, or throws naming the roles.
    public init(parsing text: String) throws(AccessError) {
        guard let role = Role(rawValue: text) else { throw .unknownRole(text) }
        self = role
    }
}
