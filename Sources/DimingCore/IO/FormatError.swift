/// Why a file's format was refused: `import` and `export` read and write only the formats of
/// ``FeatureFormat``, chosen by `--format` or a known extension, never guessed from a foreign one.
/// Nothing is read or written when this is thrown.
public enum FormatError: Problem, Equatable {
    /// Whether the file was to be read (`import`) or written (`export`).
    public enum Use: Sendable, Equatable {
        case read, write
    }

    /// The extension names a format diming does not speak (`.shp`, `.kml`, `.gpkg`, `.txt`),
    /// or there is none, and no `--format` was given.
    case unsupportedExtension(path: String, use: Use)
    /// A GIS format GDAL speaks (`.shp`, `.kml`, `.gpkg` …), refused even with `--format`.
    case gdalFormat(path: String, use: Use)
    /// `--format` says one thing and the extension another.
    case conflict(path: String, format: FeatureFormat, extensionFormat: FeatureFormat)
    /// `--excel` (a byte order mark for Excel) with a format that is not CSV.
    case excelNeedsCSV(format: FeatureFormat)

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
            "cannot \(use == .read ? "read" : "write") \(path): \(Self.extensionName(path)) is not a format diming speaks yet; "
                + Self.supported + "; " + Self.gdalHint(use)
        case let .conflict(path, format, extensionFormat):
            "--format \(format.rawValue) contradicts the name \(path) (\(extensionFormat.rawValue)): give a matching name or leave out --format"
        case let .excelNeedsCSV(format):
            IOMessages.excelNeedsCSV.text(.en, ["format": format.rawValue])
        }
    }

    static let supported = "the formats are geojson (.geojson, .json), geojsonseq (.geojsonl, .geojsons, .geojsonseq, .jsonl, .ndjson, .jsonseq) and csv (.csv)"

    static func gdalHint(_ use: Use) -> String {
        use == .write
            ? "GeoPackage, Shapefile and KML go through ogr2ogr from the GeoJSON for now, e.g. ogr2ogr out.gpkg layer.geojson (GDAL support is planned)"
            : "GeoPackage, Shapefile and KML go through ogr2ogr to GeoJSON for now, e.g. ogr2ogr -f GeoJSON layer.geojson in.shp (GDAL support is planned)"
    }

    static func extensionName(_ path: String) -> String {
        FeatureFormat.fileExtension(of: path).map { ".\($0)" } ?? "a name without an extension"
    }
}
