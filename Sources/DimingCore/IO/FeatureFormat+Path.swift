/// The format of a named file: `--format` or the file's extension, never a guess.
extension FeatureFormat {
    /// Extensions of each format, lower case, without the dot.
    static let extensions: [FeatureFormat: [String]] = [
        .geojson: ["geojson", "json"],
        .geojsonseq: ["geojsonl", "geojsons", "geojsonseq", "jsonl", "ndjson", "jsonseq"],
        .csv: ["csv"],
        .gpkg: ["gpkg"],
        .shp: ["shp"],
        .kml: ["kml"],
    ]

    /// Extensions of formats GDAL speaks and diming does not: refused even with `--format`,
    /// since a GML or FlatGeobuf file holding GeoJSON only misleads the next program.
    static let gdalExtensions: Set<String> = [
        "shx", "dbf", "kmz", "gml", "gpx", "fgb", "gdb", "mif", "tab", "dxf", "xlsx", "ods",
    ]

    /// The format `path` names by its extension, or nil.
    public static func named(by path: String) -> FeatureFormat? {
        guard let ext = fileExtension(of: path) else { return nil }
        return extensions.first { $0.value.contains(ext) }?.key
    }

    /// The format to read or write `path` in: `explicit` (`--format`) when given, else the one
    /// its extension names. Throws when the extension names a GDAL format, contradicts
    /// `explicit`, or names no format and `explicit` is nil.
    public static func forPath(_ path: String, explicit: FeatureFormat?, use: FormatError.Use) throws(FormatError) -> FeatureFormat {
        if let ext = fileExtension(of: path), gdalExtensions.contains(ext) { throw .gdalFormat(path: path, use: use) }
        switch (explicit, named(by: path)) {
        case let (explicit?, named?) where explicit != named:
            throw .conflict(path: path, format: explicit, extensionFormat: named)
        case let (explicit?, _): return explicit
        case let (nil, named?): return named
        case (nil, nil): throw .unsupportedExtension(path: path, use: use)
        }
    }

    /// The lower-case extension of the last path component, without the dot, or nil.
    static func fileExtension(of path: String) -> String? {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        return name[name.index(after: dot)...].lowercased()
    }
}
