/// Why an import was refused. Nothing is written when any of these is thrown.
public enum ImportError: Problem, Equatable {
    /// The file is not well-formed JSON (or CSV); `feature` is set when inside a feature.
    case syntax(line: Int, column: Int, reason: String, feature: Int?)
    /// A feature is well-formed but cannot go into the layer; `feature` counts from 1.
    case invalidFeature(feature: Int, field: String, reason: String)
    case notGeoJSON(String)
    case emptyInput
    case unsupportedOption(String)
    case unknownFormat(String)
    case unreadable(path: String, reason: String)

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

    public var title: String {
        switch self {
        case .syntax: "Malformed input"
        case .invalidFeature: "Invalid feature"
        case .notGeoJSON: "Not GeoJSON"
        case .emptyInput: "Empty input"
        case .unsupportedOption: "Unsupported option"
        case .unknownFormat: "Unknown format"
        case .unreadable: "Unreadable file"
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

    public var detail: String {
        switch self {
        case let .syntax(line, column, reason, feature):
            "line \(line), column \(column)\(feature.map { " (feature \($0))" } ?? ""): \(reason)"
        case let .invalidFeature(feature, field, reason):
            "feature \(feature), \(field): \(reason)"
        case let .notGeoJSON(reason):
            "not GeoJSON: \(reason)"
        case .emptyInput:
            "the input holds no header and no features"
        case let .unsupportedOption(reason):
            reason
        case let .unknownFormat(name):
            "unknown format \"\(name)\"; use geojson, geojsonseq, csv, gpkg, shp or kml"
        case let .unreadable(path, reason):
            "cannot read \(path): \(reason)"
        }
    }
}
