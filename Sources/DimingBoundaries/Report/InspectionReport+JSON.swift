import DimingCore
import Foundation

/// The report as JSON: the same content as the page — the round, the line (with its geometry
/// as GeoJSON, lon/lat to 7 decimals), each marker with its finding, the findings along the
/// line and the counts. Figures carry their unit in their name.
extension InspectionReport: Encodable {
    enum CodingKeys: String, CodingKey { case round, line, markers, findingsAlongLine = "findings_along_line", summary }

    struct LineJSON: Encodable {
        var code: String, leftCode: String, rightCode: String, leftName: String?, rightName: String?, lengthM: Double
        var agreement: String?, version: Int, geometry: GeometryJSON?
        enum CodingKeys: String, CodingKey {
            case code, agreement, version, geometry
            case leftCode = "left_code", rightCode = "right_code", leftName = "left_name", rightName = "right_name", lengthM = "length_m"
        }
    }

    struct GeometryJSON: Encodable {
        var type = "MultiLineString"
        var coordinates: [[[Double]]]
    }

    struct MarkerRow: Encodable {
        var marker: BoundaryMarker
        var finding: InspectionFinding?
        enum CodingKeys: String, CodingKey { case finding }
        func encode(to encoder: Encoder) throws {
            try marker.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(finding, forKey: .finding)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(round, forKey: .round)
        func rounded(_ v: Double) -> Double { (v * 1e7).rounded() / 1e7 }
        let parts: [[Position]] = switch line.geometry {
        case let .lineString(l): [l]
        case let .multiLineString(ls): ls
        default: []
        }
        let geometry = parts.isEmpty ? nil : GeometryJSON(coordinates: parts.map { $0.map { [rounded($0.lon), rounded($0.lat)] } })
        try c.encode(LineJSON(code: line.code, leftCode: line.leftCode, rightCode: line.rightCode, leftName: line.leftName,
                              rightName: line.rightName, lengthM: line.lengthM, agreement: line.agreement, version: line.version,
                              geometry: geometry), forKey: .line)
        try c.encode(markerRows.map { MarkerRow(marker: $0.marker, finding: $0.finding) }, forKey: .markers)
        try c.encode(alongLine, forKey: .findingsAlongLine)
        let counts = self.counts
        var summary = [String: Int]()
        summary["markers"] = markers.count
        for condition in MarkerCondition.allCases { summary[condition.rawValue] = counts[condition] ?? 0 }
        summary["not_inspected"] = counts[nil] ?? 0
        try c.encode(summary, forKey: .summary)
    }

    /// The report as JSON text (sorted keys, for stable files).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
