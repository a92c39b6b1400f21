import Foundation
import DimingTestSupport
import GRDB
import Testing
@testable import DimingCore

@Suite struct RoundTripTests {
    /// Area in m² (EPSG:4546) of every division, by code.
    func areas(_ db: DimingDatabase) throws -> [String: Double] {
        try db.pool.read { conn in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(conn, sql: "SELECT code, ST_Area(ST_Transform(geom, 4546)) FROM divisions")
                .map { ($0[0] as String, $0[1] as Double) })
        }
    }

    @Test(arguments: FeatureFormat.allCases)
    func yichangSurvivesExportAndReimport(format: FeatureFormat) throws {
        let original = try makeTestDatabase()
        try importYichang(into: original)
        let sink = MemorySink()
        // GeoPackage, Shapefile and KML go through GDAL, into a file.
        let folder = ScratchFolder.url("diming-roundtrip")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("divisions.\(format.rawValue)").path
        let exporter = FeatureExporter(layer: .divisions, format: format)
        let written = try format.gdalDriver == nil ? exporter.run(from: original, to: sink) : exporter.run(from: original, toFile: file)
        #expect(written == 13)

        // The export names each county's parent, 420500: a given parent must exist, so the
        // copy holds the city first (it names none, so its own parent is only inferred).
        let copy = try makeTestDatabase()
        _ = try FeatureImporter(layer: .divisions).run(FeatureSource(path: gazetteerFile("yichang-city.geojson")), into: copy)
        let source = try format.gdalDriver == nil ? FeatureSource(bytes: sink.bytes, format: format) : FeatureSource(path: file)
        let summary = try FeatureImporter(layer: .divisions).run(source, into: copy)
        #expect(summary.inserted == 13)
        let before = try areas(original), after = try areas(copy).filter { $0.key != "420500" }
        #expect(Set(before.keys) == Set(after.keys))
        #expect(before.keys.contains("420581") && before.keys.contains("420505"))
        for (code, area) in before {
            let copied = try #require(after[code], "\(code) missing from the copy")
            #expect(abs(copied - area) / area < 0.0001, "area of \(code) changed")
        }
        let names = try copy.pool.read { try String.fetchAll($0, sql: "SELECT name FROM divisions ORDER BY code") }
        #expect(names.contains("宜都市") && names.contains("猇亭区"))
    }

    @Test func exportIsRFC7946() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let sink = MemorySink()
        try FeatureExporter(layer: .divisions).run(from: db, to: sink)
        let json = try jsonObject(sink.string)
        #expect(json["type"] as? String == "FeatureCollection")
        #expect(json["crs"] == nil)
        let features = try #require(json["features"] as? [[String: Any]])
        let yidu = try #require(features.first { ($0["properties"] as? [String: Any])?["code"] as? String == "420581" })
        #expect(yidu["id"] as? String == "420581")
        let properties = try #require(yidu["properties"] as? [String: Any])
        #expect(properties["level"] as? String == "county")
        #expect(properties["parent"] as? String == "420500")
        let polygons = try #require((yidu["geometry"] as? [String: Any])?["coordinates"] as? [[[[Double]]]])
        // The source file winds exteriors clockwise; the export must not.
        for rings in polygons {
            let exterior = rings[0].map { Position(lon: $0[0], lat: $0[1]) }
            #expect(Geometry.signedDoubleArea(of: exterior) > 0)
            #expect((100...120).contains(rings[0][0][0]) && (25...35).contains(rings[0][0][1]), "lon first")
        }
    }

    @Test func geoJSONSequenceIsRSFramed() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let sink = MemorySink()
        try FeatureExporter(layer: .divisions, format: .geojsonseq).run(from: db, to: sink)
        let records = sink.bytes.split(separator: 0x1E)
        #expect(sink.bytes.first == 0x1E)
        #expect(records.count == 13)
        #expect(records.allSatisfy { $0.last == 0x0A })
    }

    @Test func bboxExportKeepsOnlyIntersectingFeatures() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let sink = MemorySink()
        // A small box around the seat of 宜都 (陆城).
        let n = try FeatureExporter(layer: .divisions, boundingBox: BoundingBox(minLon: 111.44, minLat: 30.37, maxLon: 111.46, maxLat: 30.39))
            .run(from: db, to: sink)
        #expect(n == 1)
        #expect(sink.string.contains("宜都市"))
        let across = try FeatureExporter(layer: .divisions, boundingBox: BoundingBox(minLon: 177, minLat: 65, maxLon: -177, maxLat: 70))
            .run(from: db, to: MemorySink())
        #expect(across == 0)
    }
}
