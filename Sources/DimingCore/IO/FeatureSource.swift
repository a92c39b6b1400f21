import Foundation

/// Features read from the bytes of a file, in one of the ``FeatureFormat``s.
public struct FeatureSource {
    public let bytes: [UInt8]
    public let format: FeatureFormat
    /// The file it was read from (`-` for standard input), for the audit log.
    public var name: String?

    public init(bytes: [UInt8], format: FeatureFormat, name: String? = nil) {
        self.bytes = bytes
        self.format = format
        self.name = name
    }

    /// Reads a whole file, or standard input for `-`, as UTF-8: `encoding` says how its bytes
    /// are decoded (``TextEncoding``; undecodable bytes are refused naming their line). The
    /// format is `format`, else the file's extension (``FeatureFormat/forPath(_:explicit:use:)``:
    /// a foreign or unknown one is refused); standard input is sniffed from its first bytes.
    public init(path: String, format: FeatureFormat? = nil, encoding: TextEncoding = .auto) throws {
        if path == "-" {
            if let format, format.gdalDriver != nil { throw FormatError.needsFile(format: format) }
            let read = [UInt8](try FileHandle.standardInput.readToEnd() ?? Data())
            let bytes = try TextDecoding.utf8(read, encoding: encoding)
            self.init(bytes: bytes, format: format ?? .detect(path: "", bytes: bytes), name: path)
            return
        }
        let chosen = try FeatureFormat.forPath(path, explicit: format, use: .read)
        if chosen.gdalDriver != nil {
            // GDAL reads the file itself (a Shapefile is several).
            guard FileManager.default.isReadableFile(atPath: path) else {
                let reason = Reason(FileManager.default.fileExists(atPath: path) ? IOMessages.notAFile : IOMessages.noSuchFile)
                throw ImportError.unreadable(path: path, reason: reason)
            }
            self.init(bytes: [], format: chosen, name: path)
            return
        }
        func unreadable() -> ImportError {
            let reason = Reason(FileManager.default.fileExists(atPath: path) ? IOMessages.notAFile : IOMessages.noSuchFile)
            return ImportError.unreadable(path: path, reason: reason)
        }
        var bytes = [UInt8]()
        if encoding != .gb18030 {
            guard let data = FileManager.default.contents(atPath: path) else { throw unreadable() }
            bytes = [UInt8](data)
        }
        let isUTF8 = encoding == .utf8 || (encoding == .auto && (bytes.starts(with: UTF8Text.byteOrderMark) || UTF8Validation.isValid(bytes)))
        if !isUTF8 {
            // Read again a chunk at a time, so that the GB18030 bytes and their UTF-8 are never both in memory.
            bytes = []
            guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable() }
            defer { try? handle.close() }
            bytes = try TextDecoding.decodeGB18030(file: handle, reporting: encoding)
        }
        self.init(bytes: bytes, format: chosen, name: path)
    }

    /// Whether values are text to be parsed by column type (CSV; KML, whose data are all text
    /// to GDAL) rather than typed (JSON, GeoPackage, Shapefile).
    public var isTextual: Bool { format == .csv || format == .kml }

    /// Calls `body` with each feature and its number, counting from 1; `layer` picks the layer of
    /// that name from a GeoPackage holding several.
    public func forEachFeature(layer: String? = nil, _ body: (Int, Feature) throws -> Void) throws {
        switch format {
        case .gpkg, .shp, .kml:
            try GDALFeatureReader(path: name ?? "", format: format, preferredLayer: layer).forEachFeature(body)
        case .geojson: try GeoJSONReader(bytes: bytes).forEachFeature(body)
        case .geojsonseq: try GeoJSONReader(bytes: bytes).forEachFeatureInSequence(body)
        case .csv: try CSVFeatureReader(bytes: bytes).forEachFeature(body)
        }
    }
}
