import Foundation
import GRDB
import Testing
@testable import DimingCore

@Suite struct MigrationTests {
    @Test func newFileGetsEveryMigrationAndRegisteredGeometryColumns() throws {
        let db = try makeTestDatabase()
        #expect(try db.appliedMigrations() == ["attachments-001-files", "core-001-spatial-metadata", "core-002-settings", "core-010-divisions",
                                              "core-011-roads", "core-012-addresses", "core-013-places", "core-014-shelters",
                                              "core-020-accounts", "core-021-audit", "core-022-change-counters"])
        let columns = try db.pool.read { conn in
            try Row.fetchAll(conn, sql: "SELECT f_table_name, geometry_type, srid, spatial_index_enabled FROM geometry_columns ORDER BY f_table_name")
        }
        #expect(columns.map { $0[0] as String } == ["addresses", "divisions", "places", "roads", "shelters"])
        #expect(columns.allSatisfy { ($0[2] as Int) == 4490 && ($0[3] as Int) == 1 })
        #expect(columns.first { ($0[0] as String) == "divisions" }?[1] as Int? == 6)   // MULTIPOLYGON
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
        #expect(try reopened.appliedMigrations().count == 11)
    }

    @Test func anOlderSchemaIsBroughtUpToDate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diming-old-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("old.sqlite").path
        // A file made by an earlier release that knew only the divisions layer.
        let old = try DimingDatabase(path: path, catalog: LayerCatalog([.divisions]), create: true)
        try importYichang(into: old)
        #expect(try old.appliedMigrations().count == 7)
        let current = try DimingDatabase(path: path)
        #expect(try current.appliedMigrations().count == 11)
        #expect(try count(.divisions, in: current) == 13)
        #expect(try count(.shelters, in: current) == 0)
    }

    @Test func aMissingFileIsAClearErrorUnlessCreating() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nope-\(UUID().uuidString).sqlite").path
        #expect(throws: StoreError.missing(path: path)) { try DimingDatabase(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func aFileMadeByOgr2ogrIsMigratedInPlace() throws {
        guard FileManager.default.fileExists(atPath: "/usr/bin/ogr2ogr") else { return }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("diming-ogr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("ogr.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ogr2ogr")
        process.arguments = ["-f", "SQLite", "-dsco", "SPATIALITE=YES", "-nln", "counties", path, gazetteerFile("yichang-districts.geojson")]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let db = try DimingDatabase(path: path)
        #expect(try db.appliedMigrations().count == 11)
        #expect(try db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM counties") } == 13)
    }
}
