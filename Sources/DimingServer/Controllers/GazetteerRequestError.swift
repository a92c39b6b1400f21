import DimingCore

/// Why a gazetteer request was refused before the façade saw it: a body member or query
/// parameter that is missing or malformed (400, naming it), or a body that is not JSON (415).
enum GazetteerRequestError: Problem, Equatable {
    case invalidField(String, reason: Reason)
    case unsupportedMediaType(String)

    var status: Int {
        switch self {
        case .invalidField: 400
        case .unsupportedMediaType: 415
        }
    }

    var type: String {
        switch self {
        case .invalidField: "invalid-parameter"
        case .unsupportedMediaType: "unsupported-media-type"
        }
    }

    var field: String? {
        switch self {
        case let .invalidField(field, _): field
        case .unsupportedMediaType: "Content-Type"
        }
    }

    func title(in language: Language) -> String {
        switch self {
        case .invalidField: GazetteerHTTPMessages.invalidFieldTitle.text(language)
        case .unsupportedMediaType: GazetteerHTTPMessages.unsupportedMediaTypeTitle.text(language)
        }
    }

    func detail(in language: Language) -> String {
        switch self {
        case let .invalidField(field, reason): GazetteerHTTPMessages.invalidField.text(language, ["field": field, "reason": reason.text(in: language)])
        case let .unsupportedMediaType(type): GazetteerHTTPMessages.unsupportedMediaType.text(language, ["type": type])
        }
    }
}
