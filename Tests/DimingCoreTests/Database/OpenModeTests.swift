import Foundation
import DimingTestSupport
import GRDB
import Testing
@testable import DimingCore

/// A file opened for what the caller does: read-only never writes nor migrates, and refuses a
/// file older than the code; only Diming's own files (or a new, empty one) are opened at all.
@Suite struct OpenModeTests {
    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func readOnlyRefusesAnOlderFileAndWritesNothing() throws {
        let path = try ReleaseFixture.copy()
        let before = try Self.bytes(path)
        do {
            _ = try DimingDatabase(path: path, access: .readOnly)
            Issue.record("an older file was opened read-only")
        } catch let StoreError.outdated(refused, missing) {
            #expect(refused == path)
            #expect(!missing.isEmpty)
            #expect(StoreError.outdated(path: refused, missing: missing).detail.contains("diming init --db \(path)"))
        }
        #expect(try Self.bytes(path) == before)
        // Upgraded by a writing open, it then opens read-only.
        _ = try DimingDatabase(path: path, access: .readWrite)
        let reader = try DimingDatabase(path: path, access: .readOnly)
        #expect(try reader.appliedMigrations().count == DimingModule.standard.flatMap(\.migrations).count)
    }

    @Test func aReadOnlyStoreCannotWrite() throws {
        let path = ScratchFolder.url("diming-ro", suffix: ".sqlite").path
        _ = try DimingDatabase(path: path, access: .create)
        let reader = try DimingDatabase(path: path, access: .readOnly)
        #expect(throws: DatabaseError.self) {
            try reader.pool.write { db in try db.execute(sql: "DELETE FROM divisions") }
        }
    }

    @Test func anEmptyFileIsSetUpByAWriterButRefusedByAReader() throws {
        let path = ScratchFolder.url("diming-empty", suffix: ".sqlite").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(throws: StoreError.notDiming(path: path, looksLike: "an empty SQLite file")) {
            try DimingDatabase(path: path, access: .readOnly)
        }
        #expect(try Self.bytes(path).isEmpty)
        #expect(throws: StoreError.missing(path: path + "-none")) { try DimingDatabase(path: path + "-none", access: .readOnly) }
        let writer = try DimingDatabase(path: path, access: .readWrite)
        #expect(try writer.appliedMigrations().count == DimingModule.standard.flatMap(\.migrations).count)
    }

    @Test func theNamesDimingCreatesIncludeItsLayersButNotSpatiaLiteMetadata() throws {
        let names = try DimingNames.created(by: DimingModule.standard.flatMap(\.migrations), catalog: LayerCatalog.core)
        #expect(names.isSuperset(of: ["divisions", "roads", "addresses", "places", "shelters", "grdb_migrations"]))
        #expect(!names.contains("geometry_columns"))
        #expect(!names.contains("spatial_ref_sys"))
    }
}
