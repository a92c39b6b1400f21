import Testing
@testable import DimingCore

/// The format of a named file comes from `--format` or a known extension, never a guess.
@Suite struct FeatureFormatTests {
    @Test(arguments: [
        ("roads.geojson", FeatureFormat.geojson), ("a/b.JSON", .geojson), ("roads.geojsonl", .geojsonseq),
        ("roads.geojsons", .geojsonseq), ("roads.jsonl", .geojsonseq), ("roads.ndjson", .geojsonseq), ("roads.csv", .csv),
        ("roads.gpkg", .gpkg), ("roads.SHP", .shp), ("out/roads.kml", .kml),
    ])
    func aKnownExtensionNamesTheFormat(path: String, format: FeatureFormat) throws {
        #expect(try FeatureFormat.forPath(path, explicit: nil, use: .write) == format)
        #expect(try FeatureFormat.forPath(path, explicit: format, use: .read) == format)
    }

    @Test(arguments: ["roads.gml", "roads.DBF", "roads.shx", "out/roads.kmz"])
    func aGDALFormatIsRefusedEvenWithFormat(path: String) throws {
        #expect(throws: FormatError.gdalFormat(path: path, use: .write)) { try FeatureFormat.forPath(path, explicit: nil, use: .write) }
        #expect(throws: FormatError.gdalFormat(path: path, use: .read)) { try FeatureFormat.forPath(path, explicit: .geojson, use: .read) }
        let detail = FormatError.gdalFormat(path: path, use: .write).detail
        #expect(detail.contains("ogr2ogr") && detail.contains("csv (.csv)") && detail.contains("gpkg (.gpkg), shp (.shp) and kml (.kml)"))
        #expect(!detail.contains("\n"))
    }

    @Test func anUnknownExtensionNeedsFormat() throws {
        #expect(throws: FormatError.unsupportedExtension(path: "roads.txt", use: .write)) { try FeatureFormat.forPath("roads.txt", explicit: nil, use: .write) }
        #expect(throws: FormatError.unsupportedExtension(path: "a.b/roads", use: .read)) { try FeatureFormat.forPath("a.b/roads", explicit: nil, use: .read) }
        #expect(try FeatureFormat.forPath("roads.txt", explicit: .csv, use: .write) == .csv)
        #expect(FormatError.unsupportedExtension(path: "roads.txt", use: .write).detail.hasPrefix("cannot write roads.txt: .txt is not a format diming speaks"))
    }

    @Test func formatContradictingTheExtensionIsRefused() throws {
        #expect(throws: FormatError.conflict(path: "roads.geojson", format: .csv, extensionFormat: .geojson)) {
            try FeatureFormat.forPath("roads.geojson", explicit: .csv, use: .write)
        }
    }

    @Test func standardInputIsStillSniffed() {
        #expect(FeatureFormat.detect(path: "", bytes: Array("\u{1E}{}".utf8)) == .geojsonseq)
        #expect(FeatureFormat.detect(path: "", bytes: Array(" {".utf8)) == .geojson)
        #expect(FeatureFormat.detect(path: "", bytes: Array("name,lon,lat".utf8)) == .csv)
    }
}
