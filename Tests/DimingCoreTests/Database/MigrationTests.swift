import Foundation
import DimingTestSupport
import GRDB
import Testing
@testable import DimingCore

@Suite struct MigrationTests {
    @Test func newFileGetsEveryMigrationAndRegisteredGeometryColumns() throws {
        let db = try makeTestDatabase()
        #expect(try db.appliedMigrations() == ["attachments-001-files", "core-001-spatial-metadata", "core-002-settings", "core-010-divisions",
                                              "core-011-roads", "core-012-addresses", "core-013-places", "core-014-shelters",
                                              "core-020-accounts", "core-021-audit", "core-022-change-counters",
                                              "core-030-feature-uids", "core-031-address-roads", "core-032-layer-sources",
                                              "core-033-file-guards", "core-034-batch-marker"])
        let columns = try db.pool.read { conn in
            try Row.fetchAll(conn, sql: "SELECT f_table_name, geometry_type, srid, spatial_index_enabled FROM geometry_columns ORDER BY f_table_name")
        }
        #expect(columns.map { $0["f_table_name"] as String } == ["addresses", "divisions", "places", "roads", "shelters"])
        #expect(columns.allSatisfy { ($0["srid"] as Int) == 4490 && ($0["spatial_index_enabled"] as Int) == 1 })
        #expect(columns.first { ($0["f_table_name"] as String) == "divisions" }?["geometry_type"] as Int? == 6)   // MULTIPOLYGON
    }

    @Test func everyPooledConnectionHasSpatiaLite() throws {
        let db = try makeTestDatabase()
        let versions = try db.libraryVersions()
        #expect(versions.spatialite.hasPrefix("5"))
        // Readers are separate connections in WAL mode; each must answer spatial SQL.
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let text = try? db.pool.read { conn in
                try String.fetchOne(conn, sql: "SELECT AsText(MakePoint(111.45, 30.39, 4490))")
            }
            #expect(text == "POINT(111.45 30.39)")
        }
        #expect(try db.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try db.pool.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") } == 1)
    }

    @Test func reopeningAnExistingFileKeepsDataAndAppliesNothingTwice() throws {
        let first = try makeTestDatabase()
        try importYichang(into: first)
        let path = first.path
        let reopened = try DimingDatabase(path: path)
        #expect(try count(.divisions, in: reopened) == 13)
        #expect(try reopened.appliedMigrations().count == DimingModule.standard.flatMap(\.migrations).count)
    }

    @Test func aMissingFileIsAClearErrorUnlessCreating() throws {
        let path = ScratchFolder.url("nope", suffix: ".sqlite").path
        #expect(throws: StoreError.missing(path: path)) { try DimingDatabase(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr from Debian's gdal-bin: run tools/setup.sh"))
    func aFileMadeByOgr2ogrIsMigratedInPlace() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin (tools/setup.sh)")
        let directory = ScratchFolder.url("diming-ogr")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("ogr.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestTools.ogr2ogr)
        process.arguments = ["-f", "SQLite", "-dsco", "SPATIALITE=YES", "-nln", "counties", path, gazetteerFile("yichang-districts.geojson")]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(throws: StoreError.notDiming(path: path, looksLike: "a SpatiaLite database made by another tool")) { try DimingDatabase(path: path) }
        let db = try DimingDatabase(path: path, access: .setUp)
        #expect(try db.appliedMigrations().count == DimingModule.standard.flatMap(\.migrations).count)
        #expect(try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM counties") } == 13)
    }
}
