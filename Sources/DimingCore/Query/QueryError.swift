/// Why a feature query was refused: the OGC API answers these with 400 (404 for an unknown
/// feature), naming the parameter.
public enum QueryError: Problem, Equatable {
    case unknownParameter(String, known: [String])
    case repeatedParameter(String)
    case invalidParameter(String, reason: String)
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

    public var title: String {
        switch self {
        case .unknownParameter: "Unknown query parameter"
        case .repeatedParameter: "Repeated query parameter"
        case .invalidParameter: "Invalid query parameter"
        case .unknownFeature: "Unknown feature"
        }
    }

    public var field: String? {
        switch self {
        case let .unknownParameter(name, _), let .repeatedParameter(name), let .invalidParameter(name, _): name
        case .unknownFeature: "featureId"
        }
    }

    public var detail: String {
        switch self {
        case let .unknownParameter(name, known):
            "unknown query parameter \"\(name)\"; this resource takes \(known.joined(separator: ", "))"
        case let .repeatedParameter(name): "query parameter \"\(name)\" is given more than once"
        case let .invalidParameter(name, reason): "\(name): \(reason)"
        case let .unknownFeature(layer, id): "\(layer) has no feature \"\(id)\""
        }
    }
}
