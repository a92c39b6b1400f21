import DimingCore

/// What the filings refuse (the roles, scope and four-eyes rule are ``AccessError``s: 403).
public enum FilingsError: Problem, Equatable {
    case unknownFiling(String)
    case decided(id: Int64, state: FilingState)
    case reasonRequired
    case future(String)
    case invalidValue(field: String, value: String, allowed: [String])

    public var status: Int {
        switch self {
        case .unknownFiling: 404
        case .decided: 409
        case .reasonRequired, .future, .invalidValue: 400
        }
    }

    public var type: String {
        switch self {
        case .unknownFiling: "unknown-filing"
        case .decided: "filing-decided"
        case .reasonRequired: "reason-required"
        case .future: "as-of-in-future"
        case .invalidValue: "invalid-value"
        }
    }

    public var field: String? {
        switch self {
        case .unknownFiling, .decided: "filing"
        case .reasonRequired: "reason"
        case .future: "as_of"
        case let .invalidValue(field, _, _): field
        }
    }

    public func title(in language: Language) -> String {
        let m = FilingsMessages.self
        return switch self {
        case .unknownFiling: m.unknownFilingTitle.text(language)
        case .decided: m.decidedTitle.text(language)
        case .reasonRequired: m.reasonRequiredTitle.text(language)
        case .future: m.futureTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = FilingsMessages.self
        return switch self {
        case let .unknownFiling(id): m.unknownFiling.text(language, ["id": id])
        case let .decided(id, state): m.decided.text(language, ["id": String(id), "state": state.rawValue])
        case .reasonRequired: m.reasonRequired.text(language)
        case let .future(value): m.future.text(language, ["value": value])
        case let .invalidValue(field, value, allowed):
            m.invalidValue.text(language, ["field": field, "value": value, "allowed": allowed.joined(separator: ", ")])
        }
    }
}
