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
    /// 只读用户: reads, also when reading needs a token.
    case viewer

    public var summary: String {
        switch self {
        case .admin: "管理员 administrator: settings, accounts, audit log and every layer"
        case .placenameOfficer: "地名管理员 place-name officer: place names, roads and house numbers"
        case .boundaryInspector: "界线检查员 boundary inspector: divisions, boundary lines and markers, joint inspections"
        case .disasterReporter: "灾情报告员 disaster reporter: files disaster reports"
        case .disasterReviewer: "灾情审核员 disaster reviewer: reviews disaster reports, keeps the shelters"
        case .viewer: "只读用户 viewer: reads only"
        }
    }

    /// Parses a role name, or throws naming the roles.
    public init(parsing text: String) throws(AccessError) {
        guard let role = Role(rawValue: text) else { throw .unknownRole(text) }
        self = role
    }
}
