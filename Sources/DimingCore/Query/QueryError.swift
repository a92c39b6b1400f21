/// Why a feature query was refused: the OGC API answers these with 400 (404 for an unknown
/// feature), naming the parameter.
public enum QueryError: Problem, Equatable {
    case unknownParameter(String, known: [String])
    case repeatedParameter(String)
    case invalidParameter(String, reason: Reason)
    case unknownFeature(layer: String, id: String)

    public var status: Int {
        switch self {
        case .unknownFeature: 404
        default: 400
        }
    }

    public var type: String {
        switch self {
        case .unknownParameter: "unknown-parameter"
        case .repeatedParameter: "repeated-parameter"
        case .invalidParameter: "invalid-parameter"
        case .unknownFeature: "unknown-feature"
        }
    }

    public func title(in language: Language) -> String {
        let m = QueryMessages.self
        return switch self {
        case .unknownParameter: m.unknownParameterTitle.text(language)
        case .repeatedParameter: m.repeatedParameterTitle.text(language)
        case .invalidParameter: m.invalidParameterTitle.text(language)
        case .unknownFeature: m.unknownFeatureTitle.text(language)
        }
    }

    public var field: String? {
        switch self {
        case let .unknownParameter(name, _), let .repeatedParameter(name), let .invalidParameter(name, _): name
        case .unknownFeature: "featureId"
        }
    }

    public func detail(in language: Language) -> String {
        let m = QueryMessages.self
        return switch self {
        case let .unknownParameter(name, known): m.unknownParameter.text(language, ["name": name, "known": known.joined(separator: ", ")])
        case let .repeatedParameter(name): m.repeatedParameter.text(language, ["name": name])
        case let .invalidParameter(name, reason): m.invalidParameter.text(language, ["name": name, "reason": reason.text(in: language)])
        case let .unknownFeature(layer, id): m.unknownFeature.text(language, ["layer": layer, "id": id])
        }
    }
}
