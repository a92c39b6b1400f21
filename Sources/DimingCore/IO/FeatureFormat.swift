/// The file formats `import` and `export` speak.
public enum FeatureFormat: String, Sendable, CaseIterable {
    /// An RFC 7946 FeatureCollection.
    case geojson
    /// RFC 8142 GeoJSON text sequence: each feature after an RS byte, ended by a newline.
    case geojsonseq
    /// CSV with a header row, the geometry as WKT in a `wkt` column (or `lon`,`lat` for points).
    case csv
    /// OGC GeoPackage (SQLite), through GDAL.
    case gpkg
    /// ESRI Shapefile (.shp with .shx, .dbf, .prj and a .cpg saying UTF-8), through GDAL.
    case shp
    /// OGC KML, through GDAL.
    case kml

    public var mediaType: String {
        switch self {
        case .geojson: "application/geo+json"
        case .geojsonseq: "application/geo+json-seq"
        case .csv: "text/csv; charset=utf-8"
        case .gpkg: "application/geopackage+sqlite3"
        case .shp: "application/x-esri-shape"
        case .kml: "application/vnd.google-earth.kml+xml"
        }
    }

    /// The GDAL driver that reads and writes this format; nil for the formats diming streams itself.
    public var gdalDriver: String? {
        switch self {
        case .geojson, .geojsonseq, .csv: nil
        case .gpkg: "GPKG"
        case .shp: "ESRI Shapefile"
        case .kml: "KML"
        }
    }

    /// The format named by a file's extension, or sniffed from its first bytes (standard input
    /// has no name). A named file is read by ``forPath(_:explicit:use:)`` instead, which never guesses.
    public static func detect(path: String, bytes: [UInt8]) -> FeatureFormat {
        if let named = named(by: path) { return named }
        guard let first = bytes.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }) else { return .geojson }
        if first == 0x1E { return .geojsonseq }
        return first == UInt8(ascii: "{") ? .geojson : .csv
    }
}
