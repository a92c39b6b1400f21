import DimingCore

/// An event's reports written out: RFC 7946 GeoJSON (a FeatureCollection of points, the
/// figures as exact decimals in their API names with units, e.g. `crops_affected_ha`) and CSV
/// (one row per version, with its review state and `is_current`, UTF-8 with a BOM so that
/// spreadsheet programs read the Chinese).
public enum ReportExport {
    public static func geojson(_ versions: [StoredReportVersion]) -> [UInt8] {
        let encoder = GeoJSONEncoder()
        var out = JSONOutput()
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        for (i, version) in versions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: .string(version.uid), properties: version.properties,
                                  geometry: .point(Position(lon: version.lon, lat: version.lat)), to: &out)
        }
        out.append("]}\n")
        return out.bytes
    }

    /// The CSV's columns: the properties' names, then the point.
    public static let csvHeader: [String] = StoredReportVersion.empty.properties.map(\.name) + ["lon", "lat"]

    public static func csv(_ versions: [StoredReportVersion]) -> [UInt8] {
        var text = "\u{FEFF}" + csvHeader.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        for version in versions {
            var fields = version.properties.map { csvText($0.value) }
            fields += [String(version.lon), String(version.lat)]
            text += fields.map(CSVField.quoted).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    private static func csvText(_ value: PropertyValue) -> String {
        switch value {
        case .null: ""
        case let .bool(b): b ? "1" : "0"
        case let .integer(i): String(i)
        case let .real(d): String(d)
        // A cell starting with = + @ would run as a formula in a spreadsheet.
        case let .string(s): s.first.map { "=+@".contains($0) } == true ? "'" + s : s
        case let .json(t): t
        }
    }
}

extension StoredReportVersion {
    /// A version with nothing in it, whose property names are the CSV's columns.
    static let empty = StoredReportVersion(
        uid: "", event: 0, root: "", version: 1, isCurrent: true, reviewState: .received, receivedAt: "", observedAt: "",
        observedUTC: "", locationSource: "", flags: "[]", photos: "[]", photosExpected: 0, figures: .zero, enteredMu: [:], lon: 0, lat: 0)
}
