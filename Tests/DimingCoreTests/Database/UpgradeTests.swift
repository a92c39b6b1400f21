import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingCore

/// A file made by the previous release (`Fixtures/`) opened by today's code: every row kept,
/// the schema the same as a new file's, and a module's later migration reaching it.
@Suite struct UpgradeTests {
    /// The tables of the release and the columns each had then.
    static let releaseTables: [(table: String, columns: String)] = [
        ("divisions", "id, code, name, level, parent, hex(geom)"),
        ("roads", "id, name, class, division, hex(geom)"),
        ("addresses", "id, road, number, suffix, division, hex(geom)"),
        ("places", "id, name, category, division, hex(geom)"),
        ("shelters", "id, name, kind, grade, area_m2, capacity, division, address, hex(geom)"),
        ("diming_accounts", "id, name, role, division, created_at"),
        ("diming_tokens", "id, account_id, label, hash, created_at, revoked_at"),
        ("diming_audit", "id, at, account, role, action, layer, feature_id, before, after, request_id"),
        ("diming_settings", "key, value"),
    ]

    /// Every row of the release's tables, as text, read without Diming.
    static func releaseRows(at path: String) throws -> [String: [String]] {
        try DatabaseQueue(path: path).read { db in
            var rows: [String: [String]] = [:]
            for (table, columns) in releaseTables {
                rows[table] = try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY 1").map(\.description)
            }
            return rows
        }
    }

    @Test func theReleaseFileUpgradesWithEveryRowKept() throws {
        let path = try ReleaseFixture.copy()
        let before = try Self.releaseRows(at: path)
        #expect(before["addresses"]?.count == 40)
        #expect(before["divisions"]?.count == 24)
        let database = try DimingDatabase(path: path)
        #expect(try database.appliedMigrations().contains("core-031-address-roads"))
        #expect(try Self.releaseRows(at: path) == before)

        // Every feature got a stable id, and every address found its road by name.
        try database.pool.read { db in
            for table in ["roads", "addresses", "places", "shelters"] {
                let ids = try String?.fetchAll(db, sql: "SELECT uid FROM \(table)")
                #expect(ids.allSatisfy { $0.flatMap(UUID.init(uuidString:)) != nil }, "\(table)")
                #expect(Set(ids).count == ids.count, "\(table)")
            }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM addresses a LEFT JOIN roads r ON r.uid = a.road_id WHERE r.name IS NOT a.road
                """)
            #expect(orphans == 0)
        }
    }

    @Test func theUpgradedSchemaEqualsANewFilesSchema() throws {
        let upgraded = try DimingDatabase(path: try ReleaseFixture.copy())
        let fresh = try makeTestDatabase("fresh")
        #expect(try upgraded.appliedMigrations() == fresh.appliedMigrations())
        let upgradedSchema = try Self.schema(of: upgraded), freshSchema = try Self.schema(of: fresh)
        #expect(upgradedSchema.subtracting(freshSchema).isEmpty, "only in the upgraded file: \(upgradedSchema.subtracting(freshSchema))")
        #expect(freshSchema.subtracting(upgradedSchema).isEmpty, "only in a new file: \(freshSchema.subtracting(upgradedSchema))")
    }

    @Test func aModulesNewColumnReachesTheReleaseFile() throws {
        let note = DimingModule(name: "test", dependencies: ["core"], migrations: [
            SchemaMigration("test-001-places-note") { db in
                try db.execute(sql: #"ALTER TABLE "places" ADD COLUMN "note" TEXT DEFAULT '无'"#)
            },
        ])
        let path = try ReleaseFixture.copy()
        let before = try Self.releaseRows(at: path)
        let database = try DimingDatabase(path: path, modules: DimingModule.standard + [note])
        #expect(try database.appliedMigrations().contains("test-001-places-note"))
        let notes = try database.pool.read { try String.fetchAll($0, sql: "SELECT note FROM places") }
        #expect(notes == Array(repeating: "无", count: 21))
        #expect(try Self.releaseRows(at: path) == before)
        // Opened again without the module, the file keeps the column and opens.
        #expect(try DimingDatabase(path: path).pool.read { try Int.fetchOne($0, sql: "SELECT count(note) FROM places") } == 21)
    }

    @Test func aModuleWhoseDependencyIsMissingIsRefused() throws {
        let orphan = DimingModule(name: "orphan", dependencies: ["nowhere"], migrations: [])
        #expect(throws: StoreError.self) { try DimingModule.ordered([.core, orphan]) }
        #expect(try DimingModule.ordered([.settings, .core]).map(\.name) == ["core", "settings"])
    }

    /// Tables, indexes, triggers and views with their SQL, and the registered geometry columns.
    static func schema(of database: DimingDatabase) throws -> Set<String> {
        try database.pool.read { db in
            let objects = try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                .map { "\($0["type"] as String) \($0["name"] as String) on \($0["tbl_name"] as String): \($0["sql"] as String? ?? "-")" }
            let geometry = try Row.fetchAll(db, sql: "SELECT * FROM geometry_columns").map(\.description)
            return Set(objects + geometry)
        }
    }
}
