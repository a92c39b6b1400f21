import DimingCore
import DimingDisaster
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// The module's tables and layer exist in a new file; stored quantities are exact integers and
/// the collection's `_ha` columns are computed from them.
@Suite struct DisasterModuleTests {
    static func newDatabase(_ name: String) throws -> DimingDatabase {
        let folder = ScratchFolder.url("disaster-module-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try DimingDatabase(path: folder.appendingPathComponent("new.sqlite").path,
                                  modules: DimingModule.standard + [.disaster], create: true)
    }

    @Test func aNewFileHasTheReportsLayer() throws {
        let database = try Self.newDatabase("layer")
        #expect(database.catalog.layers.map(\.name).last == "disaster_reports")
        let registered = try database.pool.read { db in
            try String.fetchSet(db, sql: "SELECT f_table_name FROM geometry_columns")
        }
        #expect(registered.contains("disaster_reports"))
    }

    @Test func oneCurrentVersionPerReportAndExactHectares() throws {
        let database = try Self.newDatabase("current")
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO disaster_events (hazard, name, started_at, started_utc, created_at) VALUES ('flood', 'E1', 'x', 'x', 'x')")
            let insert = """
                INSERT INTO disaster_reports (uid, event, root, received_at, observed_at, observed_utc, location_source,
                    crops_affected_m2, content_sha256, content, geom)
                VALUES (?, 1, 'r1', 'x', 'x', 'x', 'gps', ?, 'h', '{}', MakePoint(111.5, 30.4, 4490))
                """
            try db.execute(sql: insert, arguments: ["a", 1_000])
            #expect(throws: DatabaseError.self) { try db.execute(sql: insert, arguments: ["b", 2_000]) }
            try db.execute(sql: "UPDATE disaster_reports SET is_current = 0 WHERE uid = 'a'")
            try db.execute(sql: insert, arguments: ["b", 2_000])
            let sum = try Int.fetchOne(db, sql: "SELECT SUM(crops_affected_m2) FROM disaster_reports")
            #expect(Indicators.decimalText(sum ?? 0, scale: Indicator.cropsAffectedHa.scale) == "0.3")
            #expect(try Double.fetchOne(db, sql: "SELECT crops_affected_ha FROM disaster_reports WHERE uid = 'b'") == 0.2)
        }
    }

    @Test func decimalTextIsExact() {
        #expect(Indicators.decimalText(380_000, scale: 10_000) == "38")
        #expect(Indicators.decimalText(177_000, scale: 10_000) == "17.7")
        #expect(Indicators.decimalText(2_278_000, scale: 10_000) == "227.8")
        #expect(Indicators.decimalText(5, scale: 10_000) == "0.0005")
        #expect(Indicators.decimalText(645, scale: 1) == "645")
    }

    @Test func everyMessageHasBothTexts() {
        for message in DisasterCatalog.all {
            #expect(!message.zh.isEmpty && !message.en.isEmpty, "\(message.key)")
        }
        let keys = (MessageCatalog.all + DisasterCatalog.all).map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
