import Foundation
import DimingCore

/// What the marker register refuses, naming the field (and the CSV row in an import).
public indirect enum MarkersError: Problem, Equatable {
    case unknownMarker(String)
    case unknownLine(String)
    case swappedCoordinates(x: Double, y: Double)
    case coordinateOutOfRange(field: String, value: Double)
    case outOfZone(lon: Double, epsg: Int32, centralMeridian: Int)
    case unknownEPSG(Int32)
    case epsgDisagrees(epsg: Int32, y: Double, recognised: Int32)
    case duplicateNumber(String, firstRow: Int)
    case markerExists(String)
    case missingField(String)
    case invalidValue(field: String, value: String)
    /// A problem of one row of a 界桩登记表 (rows counted from 1 after the header).
    case inRow(Int, MarkersError)

    public var status: Int {
        switch self {
        case .unknownMarker: 404
        case .unknownLine: 404
        case .markerExists: 409
        case .missingField, .invalidValue: 400
        case .swappedCoordinates, .coordinateOutOfRange, .outOfZone, .unknownEPSG, .epsgDisagrees, .duplicateNumber: 422
        case .inRow: 422
        }
    }

    public var type: String {
        switch self {
        case .unknownMarker: "unknown-marker"
        case .unknownLine: "unknown-line"
        case .swappedCoordinates: "swapped-coordinates"
        case .coordinateOutOfRange: "coordinate-out-of-range"
        case .outOfZone: "out-of-zone"
        case .unknownEPSG: "unknown-epsg"
        case .epsgDisagrees: "epsg-disagrees"
        case .duplicateNumber: "duplicate-number"
        case .markerExists: "marker-exists"
        case .missingField: "missing-field"
        case .invalidValue: "invalid-value"
        case let .inRow(_, inner): inner.type
        }
    }

    public var field: String? {
        switch self {
        case .unknownMarker, .duplicateNumber, .markerExists: "number"
        case .unknownLine: "line"
        case .swappedCoordinates: "x"
        case let .coordinateOutOfRange(field, _): field
        case .outOfZone: "y"
        case .unknownEPSG, .epsgDisagrees: "epsg"
        case let .missingField(field), let .invalidValue(field, _): field
        case let .inRow(_, inner): inner.field
        }
    }

    /// The CSV row, for an import's problem.
    public var row: Int? {
        if case let .inRow(row, _) = self { return row }
        return nil
    }

    public func title(in language: Language) -> String {
        let m = MarkersMessages.self
        return switch self {
        case .unknownMarker: m.unknownMarkerTitle.text(language)
        case .unknownLine: m.unknownLineTitle.text(language)
        case .swappedCoordinates: m.swappedTitle.text(language)
        case .coordinateOutOfRange: m.outOfRangeTitle.text(language)
        case .outOfZone: m.outOfZoneTitle.text(language)
        case .unknownEPSG: m.unknownEPSGTitle.text(language)
        case .epsgDisagrees: m.epsgDisagreesTitle.text(language)
        case .duplicateNumber: m.duplicateNumberTitle.text(language)
        case .markerExists: m.markerExistsTitle.text(language)
        case .missingField: m.missingFieldTitle.text(language)
        case .invalidValue: m.invalidValueTitle.text(language)
        case let .inRow(_, inner): inner.title(in: language)
        }
    }

    public func detail(in language: Language) -> String {
        let m = MarkersMessages.self
        return switch self {
        case let .unknownMarker(number): m.unknownMarker.text(language, ["number": number])
        case let .unknownLine(line): m.unknownLine.text(language, ["line": line])
        case let .swappedCoordinates(x, y): m.swapped.text(language, ["x": Self.metres(x), "y": Self.metres(y)])
        case let .coordinateOutOfRange(field, value): m.outOfRange.text(language, ["field": field.uppercased(), "value": Self.metres(value)])
        case let .outOfZone(lon, epsg, cm):
            m.outOfZone.text(language, ["lon": String(format: "%.4f", lon), "epsg": String(epsg), "cm": String(cm)])
        case let .unknownEPSG(epsg): m.unknownEPSG.text(language, ["epsg": String(epsg)])
        case let .epsgDisagrees(epsg, y, recognised):
            m.epsgDisagrees.text(language, ["epsg": String(epsg), "y": Self.metres(y), "recognised": String(recognised)])
        case let .duplicateNumber(number, first): m.duplicateNumber.text(language, ["number": number, "first": String(first)])
        case let .markerExists(number): m.markerExists.text(language, ["number": number])
        case let .missingField(field): m.missingField.text(language, ["field": field])
        case let .invalidValue(field, value): m.invalidValue.text(language, ["field": field, "value": value])
        case let .inRow(row, inner): m.inRow.text(language, ["row": String(row), "field": inner.field ?? "-", "detail": inner.detail(in: language)])
        }
    }

    static func metres(_ value: Double) -> String { String(format: "%.3f", value) }
}
