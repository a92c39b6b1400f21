import DimingCore

/// What the review refuses (the four-eyes rule and the roles are ``AccessError``s: 403).
public enum ReviewError: Problem, Equatable {
    case unknownReport(String)
    case unknownEvent(String)
    case illegalTransition(id: String, from: ReviewState, to: ReviewState)
    case superseded(id: String, current: String)
    case noteRequired(ReviewState)
    case invalidValue(field: String, value: String, allowed: [String])

    public var status: Int {
        switch self {
        case .unknownReport, .unknownEvent: 404
        case .illegalTransition, .superseded: 409
        case .noteRequired, .invalidValue: 400
        }
    }

    public var type: String {
        switch self {
        case .unknownReport: "unknown-report"
        case .unknownEvent: "unknown-event"
        case .illegalTransition: "illegal-review-transition"
        case .superseded: "superseded-version"
        case .noteRequired: "note-required"
        case .invalidValue: "invalid-value"
        }
    }

    public var field: String? {
        switch self {
        case .unknownReport, .superseded: "id"
        case .unknownEvent: "event"
        case .illegalTransition: "state"
        case .noteRequired: "note"
        case let .invalidValue(field, _, _): field
        }
    }

    public func title(in language: Language) -> String {
        let m = ReviewMessages.self
        return switch self {
        case .unknownReport: m.unknownReportTitle.text(language)
        case .unknownEvent: m.unknownEventTitle.text(language)
        case .illegalTransition: m.illegalTransitionTitle.text(language)
        case .superseded: m.supersededTitle.text(language)
        case .noteRequired: m.noteRequiredTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = ReviewMessages.self
        return switch self {
        case let .unknownReport(id): m.unknownReport.text(language, ["id": id])
        case let .unknownEvent(id): m.unknownEvent.text(language, ["id": id])
        case let .illegalTransition(id, from, to):
            m.illegalTransition.text(language, ["id": id, "from": from.rawValue, "to": to.rawValue,
                                                "allowed": from.nextStates.map(\.rawValue).joined(separator: ", ")])
        case let .superseded(id, current): m.superseded.text(language, ["id": id, "current": current])
        case let .noteRequired(state): m.noteRequired.text(language, ["state": state.rawValue])
        case let .invalidValue(field, value, allowed):
            m.invalidValue.text(language, ["field": field, "value": value, "allowed": allowed.joined(separator: ", ")])
        }
    }
}
