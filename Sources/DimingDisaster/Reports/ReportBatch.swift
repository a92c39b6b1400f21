import DimingCore

/// A file of reports for `diming report submit`: one Feature, a FeatureCollection, or a CSV
/// batch (columns `id, event, lon, lat, observed_at, location_source, accuracy_m, replaces,
/// note` and the indicators by their API names, `_mu` aliases included). Each report is
/// parsed on its own, so one refused row does not hide the others' outcomes.
public enum ReportBatch {
    public struct Entry: Sendable {
        /// How the report is named in the output: its id, else its position.
        public let label: String
        public let draft: Result<ReportDraft, ReportsError>
    }

    static let textColumns: Set<String> = ["id", "observed_at", "location_source", "replaces", "note"]

    public static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        let start = bytes.drop { [0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }.first
        guard start == UInt8(ascii: "{") else { return try csvEntries(bytes) }
        guard let json = ReportJSONReader.parse(bytes) else {
            return [Entry(label: "1", draft: .failure(.invalid([ReportFieldIssue("body", status: 400, ReportsMessages.notJSON)])))]
        }
        if json["type"] == .string("FeatureCollection"), case let .array(features)? = json["features"] {
            return features.enumerated().map { entry(label(of: $1, position: $0 + 1), $1) }
        }
        return [entry(label(of: json, position: 1), json)]
    }

    private static func label(of feature: ReportJSON, position: Int) -> String {
        if case let .string(id)? = feature["id"] { return id }
        return String(position)
    }

    private static func entry(_ label: String, _ feature: ReportJSON) -> Entry {
        do throws(ReportsError) {
            return Entry(label: label, draft: .success(try ReportParser.parse(feature)))
        } catch {
            return Entry(label: label, draft: .failure(error))
        }
    }

    /// A CSV row as the Feature it stands for: numbers kept as their text, empty cells left out.
    private static func csvEntries(_ bytes: [UInt8]) throws -> [Entry] {
        let records = try CSVText.records(bytes)
        guard let header = records.first?.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) else { return [] }
        return records.dropFirst().map { record in
            var properties: [(String, ReportJSON)] = []
            var id: ReportJSON = .null
            var lon = "", lat = ""
            for (name, cell) in zip(header, record.fields) {
                let value = cell.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty else { continue }
                switch name {
                case "id": id = .string(value)
                case "lon": lon = value
                case "lat": lat = value
                default:
                    let isNumber = !textColumns.contains(name) && ReportJSONReader.parse(Array(value.utf8)).map { if case .number = $0 { true } else { false } } == true
                    properties.append((name, isNumber ? .number(value) : .string(value)))
                }
            }
            let geometry: ReportJSON = ReportJSONReader.parse(Array(lon.utf8)) != nil && ReportJSONReader.parse(Array(lat.utf8)) != nil
                ? .object([("type", .string("Point")), ("coordinates", .array([.number(lon), .number(lat)]))]) : .null
            let feature = ReportJSON.object([("type", .string("Feature")), ("id", id), ("geometry", geometry), ("properties", .object(properties))])
            let label = if case let .string(text) = id { text } else { "row \(record.line)" }
            return entry(label, feature)
        }
    }
}
