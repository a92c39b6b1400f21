import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

@Suite struct GazetteerModuleTests {
    @Test func aNewFileGetsTheGazetteerTables() throws {
        let path = ScratchFolder.url("gazetteer-module").appendingPathComponent("new.sqlite").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let db = try DimingDatabase(path: path, modules: DimingModule.standard + [.gazetteer], create: true)
        let applied = try db.appliedMigrations()
        #expect(applied.contains("gazetteer-006-pending"))
        let tables = try db.pool.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 'place_*' ORDER BY name") }
        #expect(tables == ["place_controlled", "place_events", "place_names", "place_pending", "place_supersessions"])
    }
}
