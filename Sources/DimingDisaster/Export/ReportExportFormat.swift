/// What `GET /events/{id}/reports.<ext>` and `diming report export` write.
public enum ReportExportFormat: String, CaseIterable, Sendable {
    case geojson
    case csv

    public var mediaType: String {
        switch self {
        case .geojson: "application/geo+json"
        case .csv: "text/csv; charset=utf-8"
        }
    }

    /// Parses `--format`/the extension, or throws naming the formats.
    public init(parsing text: String, field: String = "format") throws(ReviewError) {
        guard let format = ReportExportFormat(rawValue: text) else {
            throw .invalidValue(field: field, value: text, allowed: ReportExportFormat.allCases.map(\.rawValue))
        }
        self = format
    }
}
