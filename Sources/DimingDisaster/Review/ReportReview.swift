/// One change of a version's review state (a row of `disaster_report_reviews`): who set
/// which state, when, and why.
public struct ReportReview: Sendable, Equatable, Codable {
    public var id: Int64
    public var report: String
    public var state: ReviewState
    public var at: String
    public var account: String?
    public var note: String?
}
