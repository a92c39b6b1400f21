/// 角色: what an account may do. Reading is open to every role (and to anyone when the
/// deployment's `read_access` is `open`); writing depends on the role.
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
        case .placenameOfficer: "地名管理员 place-name officer: places, roads, addresses"
        case .boundaryInspector: "界线检查员 boundary inspector: divisions, boundary lines, markers, inspections"
        case .disasterReporter: "灾情报告员 disaster reporter: files disaster reports"
        case .disasterReviewer: "灾情审核员 disaster reviewer: reviews disaster reports, keeps shelters"
        case .viewer: "只读用户 viewer: reads only"
        }
    }

    /// The layers this role may write. Layers of later modules are named here too, so that a
    /// new layer's write route only has to call ``AccessPolicy/authorize(_:for:)``.
    public var editableLayers: Set<String> {
        switch self {
        case .admin: []   // every layer; see ``AccessPolicy``
        case .placenameOfficer: ["places", "roads", "addresses"]
        case .boundaryInspector: ["divisions", "boundary_lines", "boundary_markers", "inspections"]
        case .disasterReporter: ["disaster_reports"]
        case .disasterReviewer: ["disaster_reports", "shelters"]
        case .viewer: []
        }
    }

    /// Parses a role name, or throws naming the roles.
    public init(parsing text: String) throws(AccessError) {
        guard let role = Role(rawValue: text) else { throw .unknownRole(text) }
        self = role
    }
}
