import DimingCore

/// One refused field of a report: 400 when the input is malformed, 422 when it is well formed
/// but breaks a rule (range, consistency, a missing explanation).
public struct ReportFieldIssue: Sendable, Equatable {
    public let field: String
    public let status: Int
    public let reason: Reason

    public init(_ field: String, status: Int = 422, _ message: Message, _ arguments: [String: String] = [:]) {
        self.field = field
        self.status = status
        self.reason = Reason(message, arguments)
    }
}

/// What the submission path refuses (RFC 9457 problems).
public enum ReportsError: Problem, Equatable {
    /// Every refused field of the report at once (the first names the problem's `field`).
    case invalid([ReportFieldIssue])
    /// The id is stored with other content: nothing changed (ODK Central's 409).
    case conflict(id: String)
    /// `replaces` names a version that has been corrected already.
    case outOfDate(id: String, current: String)
    case unknownReport(String)

    public var status: Int {
        switch self {
        case let .invalid(issues): issues.contains { $0.status == 400 } ? 400 : 422
        case .conflict, .outOfDate: 409
        case .unknownReport: 404
        }
    }

    public var type: String {
        switch self {
        case .invalid: "invalid-report"
        case .conflict: "report-id-conflict"
        case .outOfDate: "report-out-of-date"
        case .unknownReport: "unknown-report"
        }
    }

    public var field: String? {
        switch self {
        case let .invalid(issues): issues.first?.field
        case .conflict, .unknownReport: "id"
        case .outOfDate: "replaces"
        }
    }

    /// The refused fields, in the order found.
    public var issues: [ReportFieldIssue] {
        if case let .invalid(issues) = self { return issues }
        return []
    }

    public func title(in language: Language) -> String {
        let m = ReportsMessages.self
        return switch self {
        case .invalid: m.invalidTitle.text(language)
        case .conflict: m.conflictTitle.text(language)
        case .outOfDate: m.outOfDateTitle.text(language)
        case .unknownReport: m.unknownReportTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = ReportsMessages.self
        switch self {
        case let .invalid(issues):
            if issues.count == 1, let issue = issues.first { return issue.reason.text(in: language) }
            let joined = issues.map { $0.reason.text(in: language) }.joined(separator: language == .zh ? "；" : "; ")
            return m.issues.text(language, ["count": String(issues.count), "issues": joined])
        case let .conflict(id): return m.conflict.text(language, ["id": id])
        case let .outOfDate(id, current): return m.outOfDate.text(language, ["id": id, "current": current])
        case let .unknownReport(id): return m.unknownReport.text(language, ["id": id])
        }
    }
}
