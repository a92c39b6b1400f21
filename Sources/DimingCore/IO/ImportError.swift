/// Why an import was refused. Nothing is written when any of these is thrown.
public enum ImportError: Problem, Equatable {
    /// The file is not well-formed JSON (or CSV); `feature` is set when inside a feature.
    case syntax(line: Int, column: Int, reason: Reason, feature: Int?)
    /// A feature is well-formed but cannot go into the layer; `feature` counts from 1.
    case invalidFeature(feature: Int, field: String, reason: Reason)
    case notGeoJSON(Reason)
    case emptyInput
    case unsupportedOption(String)
    case unknownFormat(String)
    case unreadable(path: String, reason: Reason)

    public var status: Int {
        switch self {
        case .syntax, .notGeoJSON, .unknownFormat, .emptyInput, .unsupportedOption: 400
        case .invalidFeature: 422
        case .unreadable: 400
        }
    }

    public var type: String {
        switch self {
        case .syntax: "malformed-input"
        case .invalidFeature: "invalid-feature"
        case .notGeoJSON: "not-geojson"
        case .emptyInput: "empty-input"
        case .unsupportedOption: "unsupported-option"
        case .unknownFormat: "unknown-format"
        case .unreadable: "unreadable-file"
        }
    }

    public func title(in language: Language) -> String {
        let m = IOMessages.self
        return switch self {
        case .syntax: m.syntaxTitle.text(language)
        case .invalidFeature: m.invalidFeatureTitle.text(language)
        case .notGeoJSON: m.notGeoJSONTitle.text(language)
        case .emptyInput: m.emptyInputTitle.text(language)
        case .unsupportedOption: m.unsupportedOptionTitle.text(language)
        case .unknownFormat: m.unknownFormatTitle.text(language)
        case .unreadable: m.unreadableTitle.text(language)
        }
    }

    public var field: String? {
        if case let .invalidFeature(_, field, _) = self { return field }
        return nil
    }

    public var featureNumber: Int? {
        switch self {
        case let .syntax(_, _, _, feature): feature
        case let .invalidFeature(feature, _, _): feature
        default: nil
        }
    }

    public func detail(in language: Language) -> String {
        let m = IOMessages.self
        return switch self {
        case let .syntax(line, column, reason, feature?):
            m.syntaxInFeature.text(language, ["line": String(line), "column": String(column), "feature": String(feature), "reason": reason.text(in: language)])
        case let .syntax(line, column, reason, nil):
            m.syntax.text(language, ["line": String(line), "column": String(column), "reason": reason.text(in: language)])
        case let .invalidFeature(feature, field, reason):
            m.invalidFeature.text(language, ["feature": String(feature), "field": field, "reason": reason.text(in: language)])
        case let .notGeoJSON(reason): m.notGeoJSON.text(language, ["reason": reason.text(in: language)])
        case .emptyInput: m.emptyInput.text(language)
        case let .unsupportedOption(reason): reason
        case let .unknownFormat(name): m.unknownFormat.text(language, ["name": name])
        case let .unreadable(path, reason): m.unreadable.text(language, ["path": path, "reason": reason.text(in: language)])
        }
    }
}
