import DimingCore

/// What `diming boundary export` and `GET /boundaries/export` refuse.
public enum ExportError: Problem, Equatable {
    /// No division or line has this code; `field` is the parameter that named it.
    case unknownCode(String, field: String)
    /// Nothing was asked for.
    case nothingToExport(field: String)
    /// PROJ gave no Gauss-Krüger coordinates for the feature (far outside the zone).
    case noProjection(String, epsg: Int32)

    public var status: Int {
        switch self {
        case .unknownCode: 404
        case .nothingToExport: 400
        case .noProjection: 422
        }
    }

    public var type: String {
        switch self {
        case .unknownCode: "unknown-code"
        case .nothingToExport: "nothing-to-export"
        case .noProjection: "no-projection"
        }
    }

    public var field: String? {
        switch self {
        case let .unknownCode(_, field), let .nothingToExport(field): field
        case .noProjection: nil
        }
    }

    public func title(in language: Language) -> String {
        let m = ExportMessages.self
        return switch self {
        case .unknownCode: m.unknownCodeTitle.text(language)
        case .nothingToExport: m.nothingToExportTitle.text(language)
        case .noProjection: m.noProjectionTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = ExportMessages.self
        return switch self {
        case let .unknownCode(code, field): m.unknownCode.text(language, ["code": code, "field": field])
        case let .nothingToExport(field): m.nothingToExport.text(language, ["field": field])
        case let .noProjection(code, epsg): m.noProjection.text(language, ["code": code, "epsg": String(epsg)])
        }
    }
}
