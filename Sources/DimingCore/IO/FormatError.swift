/// Why a file's format was refused: `import` and `export` read and write only the formats of
/// ``FeatureFormat``, chosen by `--format` or a known extension, never guessed from a foreign one.
/// Nothing is read or written when this is thrown.
public enum FormatError: Problem, Equatable {
    /// Whether the file was to be read (`import`) or written (`export`).
    public enum Use: Sendable, Equatable {
        case read, write
    }

    /// The extension names a format diming does not speak (`.gml`, `.txt`),
    /// or there is none, and no `--format` was given.
    case unsupportedExtension(path: String, use: Use)
    /// A GIS format GDAL speaks and diming does not (`.gml`, `.kmz`, `.dbf` …), refused even with `--format`.
    case gdalFormat(path: String, use: Use)
    /// `--format` says one thing and the extension another.
    case conflict(path: String, format: FeatureFormat, extensionFormat: FeatureFormat)
    /// `--excel` (a byte order mark for Excel) with a format that is not CSV.
    case excelNeedsCSV(format: FeatureFormat)
    /// A format written through GDAL (`gpkg`, `shp`, `kml`) to standard output, or read from standard input.
    case needsFile(format: FeatureFormat)

    public var status: Int { 400 }
    public var type: String { "unsupported-format" }
    public var title: String { "Unsupported format" }
    public var field: String? { "format" }

    public var detail: String {
        switch self {
        case let .unsupportedExtension(path, use):
            "cannot \(use == .read ? "read" : "write") \(path): \(Self.extensionName(path)) is not a format diming speaks; "
                + Self.supported + ", or give --format; " + Self.gdalHint(use)
        case let .gdalFormat(path, use):
            "cannot \(use == .read ? "read" : "write") \(path): \(Self.extensionName(path)) is not a format diming speaks; "
                + Self.supported + "; " + Self.gdalHint(use)
        case let .conflict(path, format, extensionFormat):
            "--format \(format.rawValue) contradicts the name \(path) (\(extensionFormat.rawValue)): give a matching name or leave out --format"
        case let .needsFile(format):
            IOMessages.needsFile.text(.en, ["format": format.rawValue])
        case let .excelNeedsCSV(format):
            IOMessages.excelNeedsCSV.text(.en, ["format": format.rawValue])
        }
    }

    static let supported = "the formats are geojson (.geojson, .json), geojsonseq (.geojsonl, .geojsons, .geojsonseq, .jsonl, .ndjson, .jsonseq), csv (.csv), gpkg (.gpkg), shp (.shp) and kml (.kml)"

    static func gdalHint(_ use: Use) -> String {
        use == .write
            ? "other formats go through ogr2ogr from a GeoPackage, e.g. ogr2ogr out.gml layer.gpkg"
            : "other formats go through ogr2ogr to a GeoPackage first, e.g. ogr2ogr layer.gpkg in.gml"
    }

    static func extensionName(_ path: String) -> String {
        FeatureFormat.fileExtension(of: path).map { ".\($0)" } ?? "a name without an extension"
    }
}
