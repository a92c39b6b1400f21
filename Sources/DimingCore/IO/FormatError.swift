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
    public func title(in language: Language) -> String { IOMessages.unsupportedFormatTitle.text(language) }
    public var field: String? { "format" }

    public func detail(in language: Language) -> String {
        let m = IOMessages.self
        let verb = (use == .read ? m.read : m.write).text(language)
        return switch self {
        case let .unsupportedExtension(path, use):
            m.unsupportedExtension.text(language, ["verb": verb, "path": path, "extension": Self.extensionName(path, language),
                                                   "formats": m.supportedFormats.text(language), "hint": Self.gdalHint(use, language)])
        case let .gdalFormat(path, use):
            m.gdalFormat.text(language, ["verb": verb, "path": path, "extension": Self.extensionName(path, language),
                                         "formats": m.supportedFormats.text(language), "hint": Self.gdalHint(use, language)])
        case let .conflict(path, format, extensionFormat):
            m.formatConflict.text(language, ["format": format.rawValue, "path": path, "extensionFormat": extensionFormat.rawValue])
        case let .needsFile(format):
            FileIOMessages.needsFile.text(language, ["format": format.rawValue])
        case let .excelNeedsCSV(format):
            FileIOMessages.excelNeedsCSV.text(language, ["format": format.rawValue])
        }
    }

    private var use: Use {
        switch self {
        case let .unsupportedExtension(_, use), let .gdalFormat(_, use): use
        case .conflict, .needsFile, .excelNeedsCSV: .read
        }
    }

    static func gdalHint(_ use: Use, _ language: Language) -> String {
        (use == .write ? IOMessages.gdalWriteHint : IOMessages.gdalReadHint).text(language)
    }

    static func extensionName(_ path: String, _ language: Language) -> String {
        FeatureFormat.fileExtension(of: path).map { ".\($0)" } ?? IOMessages.noExtension.text(language)
    }
}
