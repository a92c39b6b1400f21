import DimingCore
import Foundation

/// What the joint inspections refuse, naming the field.
public enum InspectionsError: Problem, Equatable {
    case unknownRound(String)
    case markerNotOnLine(marker: String, markerLine: String, line: String)
    case needsMeasured(FindingKind)
    case needsPosition(FindingKind)
    case needsMarker(FindingKind)
    /// An `intact` finding measured farther than the tolerance: the inspector records `moved`.
    case beyondTolerance(marker: String, displacementM: Double, bearingDeg: Double, toleranceM: Double)
    case invalidValue(field: String, value: String)

    public var status: Int {
        switch self {
        case .unknownRound: 404
        case .invalidValue, .needsMeasured, .needsPosition, .needsMarker: 400
        case .markerNotOnLine, .beyondTolerance: 422
        }
    }

    public var type: String {
        switch self {
        case .unknownRound: "unknown-round"
        case .markerNotOnLine: "marker-not-on-line"
        case .needsMeasured: "needs-measured"
        case .needsPosition: "needs-position"
        case .needsMarker: "needs-marker"
        case .beyondTolerance: "beyond-tolerance"
        case .invalidValue: "invalid-value"
        }
    }

    public var field: String? {
        switch self {
        case .unknownRound: "round"
        case .markerNotOnLine, .needsMarker: "marker"
        case .needsMeasured, .needsPosition: "x"
        case .beyondTolerance: "kind"
        case let .invalidValue(field, _): field
        }
    }

    public func title(in language: Language) -> String {
        let m = InspectionsMessages.self
        return switch self {
        case .unknownRound: m.unknownRoundTitle.text(language)
        case .markerNotOnLine: m.markerNotOnLineTitle.text(language)
        case .needsMeasured: m.needsMeasuredTitle.text(language)
        case .needsPosition: m.needsPositionTitle.text(language)
        case .needsMarker: m.needsMarkerTitle.text(language)
        case .beyondTolerance: m.beyondToleranceTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = InspectionsMessages.self
        return switch self {
        case let .unknownRound(id): m.unknownRound.text(language, ["id": id])
        case let .markerNotOnLine(marker, markerLine, line): m.markerNotOnLine.text(language, ["marker": marker, "markerLine": markerLine, "line": line])
        case let .needsMeasured(kind): m.needsMeasured.text(language, ["kind": kind.rawValue])
        case let .needsPosition(kind): m.needsPosition.text(language, ["kind": kind.rawValue])
        case let .needsMarker(kind): m.needsMarker.text(language, ["kind": kind.rawValue])
        case let .beyondTolerance(marker, d, b, t):
            m.beyondTolerance.text(language, ["marker": marker, "displacement": String(format: "%.3f", d), "bearing": String(format: "%.2f", b),
                                              "tolerance": String(format: "%.3f", t)])
        case let .invalidValue(field, value): m.invalidValue.text(language, ["field": field, "value": value])
        }
    }
}
