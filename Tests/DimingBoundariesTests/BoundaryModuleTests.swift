import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// The module's tables and layers exist in a new file, and a core-only file gains them when
/// opened with the module.
@Suite struct BoundaryModuleTests {
    @Test func aNewFileHasTheThreeLayers() throws {
        let path = ScratchFolder.url("boundary-module").appendingPathComponent("new.sqlite").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let database = try DimingDatabase(path: path, modules: DimingModule.standard + [.boundaries], create: true)
        let names = database.catalog.layers.map(\.name)
        #expect(names.suffix(3) == ["boundary_lines", "boundary_markers", "inspections"])
        let registered = try database.pool.read { db in
            try String.fetchSet(db, sql: "SELECT f_table_name FROM geometry_columns")
        }
        #expect(registered.isSuperset(of: ["boundary_lines", "boundary_markers", "inspections"]))
    }

    @Test func everyMessageHasBothTexts() {
        for message in BoundaryCatalog.all {
            #expect(!message.zh.isEmpty && !message.en.isEmpty, "\(message.key)")
        }
        let keys = (MessageCatalog.all + BoundaryCatalog.all).map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
