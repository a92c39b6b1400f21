import DimingCore

/// Where a report version stands in review (ODK Central's states): received on filing, then
/// set by a `disaster_reviewer` who is not its submitter. Rejected versions are kept and
/// shown, never counted in a summary.
public enum ReviewState: String, CaseIterable, Sendable, Codable {
    case received
    case hasIssues = "has_issues"
    case approved
    case rejected

    /// Whether a current version in this state counts in summaries.
    public var counts: Bool { self != .rejected }

    public static let codedValues: [CodedValue] = [
        CodedValue("received", "已接收", "Received"),
        CodedValue("has_issues", "有疑问", "Has issues"),
        CodedValue("approved", "已核准", "Approved"),
        CodedValue("rejected", "已退回不计", "Rejected"),
    ]
}
