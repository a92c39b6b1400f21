import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingCore

/// The file guards itself (migration core-033-file-guards): another program's write that the
/// core would refuse is refused by the file's triggers with a Chinese and English message, and
/// every change another program makes is in the audit log as `file`; Diming's own writes are
/// neither checked twice nor audited twice.
@Suite struct FileGuardsTests {
    /// A demo database (Yichang's counties, Yidu's townships, Lucheng's roads, addresses,
    /// shelters and places) in a new temporary folder.
    static func demo() throws -> DimingDatabase {
        let db = try makeTestDatabase("guarded")
        _ = try DemoDataset.load(from: gazetteerDirectory, into: db)
        return db
    }

    static func place(division: String, name: String = "新地名", lon: Double = 111.45, lat: Double = 30.39) -> String {
        #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"\#(name)","category":"village","division":"\#(division)"},"geometry":{"type":"Point","coordinates":[\#(lon),\#(lat)]}}]}"#
    }


    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr and ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func anUnknownDivisionAppendedByOgr2ogrIsRefusedAndNothingChanges() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin")
        let db = try Self.demo()
        let before = try OutsideProgram.content(of: "places", in: db.path)
        // A good place first, then the bad one: ogr2ogr writes both in one transaction.
        let both = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"好地名","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}},{"type":"Feature","properties":{"name":"坏地名","division":"999999999"},"geometry":{"type":"Point","coordinates":[111.46,30.38]}}]}"#
        let result = try OutsideProgram.append(both, to: "places", of: db.path)
        #expect(result.status != 0, "\(result.output)")
        #expect(result.output.contains("places.division: 未知的区划代码（不在 divisions 中） unknown division code (not in divisions)"), "\(result.output)")
        #expect(try OutsideProgram.content(of: "places", in: db.path) == before)
        #expect(try OutsideProgram.fileEntries(in: db.path).isEmpty)
    }

    @Test(.enabled(if: TestTools.runs(needing: OutsideProgram.ogrinfo), "needs ogr2ogr and ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func aTownshipRenamedByOgrinfoIsAuditedAsFileWithBeforeAndAfter() throws {
        try #require(TestTools.isInstalled(OutsideProgram.ogrinfo), "ogrinfo is missing: install Debian's gdal-bin")
        let db = try Self.demo()
        let result = try OutsideProgram.sql("UPDATE divisions SET name = '陆城街道（新）' WHERE code = '420581001'", on: db.path)
        #expect(result.status == 0, "\(result.output)")
        #expect(try db.pool.read { try String.fetchOne($0, sql: "SELECT name FROM divisions WHERE code = '420581001'") } == "陆城街道（新）")

        let entries = try OutsideProgram.fileEntries(in: db.path)
        try #require(entries.count == 1, "\(entries)")
        let entry = entries[0]
        #expect(entry.account == "file" && entry.role == .admin && entry.action == "feature.update")
        #expect(entry.layer == "divisions" && entry.featureID == "420581001" && entry.requestID == nil)
        let before = try jsonObject(try #require(entry.before)), after = try jsonObject(try #require(entry.after))
        #expect(before["type"] as? String == "Feature" && before["id"] as? String == "420581001")
        #expect((before["properties"] as? [String: Any])?["name"] as? String == "陆城街道")
        #expect((after["properties"] as? [String: Any])?["name"] as? String == "陆城街道（新）")
        #expect((after["properties"] as? [String: Any])?["level"] as? String == "township")
        #expect((after["geometry"] as? [String: Any])?["type"] as? String == "MultiPolygon")
        // The same entry as the core's log reads it (the server's /audit).
        let logged = try db.pool.read { try AuditLog.entries(AuditLog.Query(account: "file"), in: $0).entries }
        #expect(logged.map(\.id) == [entry.id])
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr and ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func aBowTiePolygonWrittenByOgr2ogrIsRefused() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr), "ogr2ogr is missing: install Debian's gdal-bin")
        let db = try Self.demo()
        let before = try OutsideProgram.content(of: "divisions", in: db.path)
        let bowTie = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"420581099","name":"蝴蝶镇","level":"township","parent":"420581"},"geometry":{"type":"Polygon","coordinates":[[[111.40,30.30],[111.50,30.40],[111.50,30.30],[111.40,30.40],[111.40,30.30]]]}}]}"#
        let result = try OutsideProgram.append(bowTie, to: "divisions", of: db.path, extra: ["-nlt", "MULTIPOLYGON"])
        #expect(result.status != 0, "\(result.output)")
        #expect(result.output.contains("divisions.geom: 几何图形无效"), "\(result.output)")
        #expect(try OutsideProgram.content(of: "divisions", in: db.path) == before)
    }

    @Test(.enabled(if: TestTools.runs(needing: TestTools.ogr2ogr), "needs ogr2ogr and ogrinfo from Debian's gdal-bin: run tools/setup.sh"))
    func aPlaceAddedByOgr2ogrAndDeletedByOgrinfoIsAuditedWithItsID() throws {
        try #require(TestTools.isInstalled(TestTools.ogr2ogr) && TestTools.isInstalled(OutsideProgram.ogrinfo), "install Debian's gdal-bin")
        let db = try Self.demo()
        let added = try OutsideProgram.append(Self.place(division: "420581001", name: "外来地名"), to: "places", of: db.path)
        #expect(added.status == 0, "\(added.output)")
        let uid = try #require(try db.pool.read { try String.fetchOne($0, sql: "SELECT uid FROM places WHERE name = '外来地名'") })
        let deleted = try OutsideProgram.sql("DELETE FROM places WHERE name = '外来地名'", on: db.path)
        #expect(deleted.status == 0, "\(deleted.output)")

        let entries = try OutsideProgram.fileEntries(in: db.path)
        #expect(entries.map(\.action) == ["feature.create", "feature.delete"])
        #expect(entries.map(\.featureID) == [uid, uid])
        #expect(entries.allSatisfy { $0.layer == "places" })
        let created = try jsonObject(try #require(entries.first?.after))
        #expect(created["id"] as? String == uid)
        #expect((created["properties"] as? [String: Any])?["division"] as? String == "420581001")
        #expect(((created["geometry"] as? [String: Any])?["coordinates"] as? [Double]) == [111.45, 30.39])
        #expect(entries.first?.before == nil && entries.last?.after == nil)
        #expect(try jsonObject(try #require(entries.last?.before))["id"] as? String == uid)
    }

    /// Each rule, broken by a plain SpatiaLite connection (the spatialite shell, QGIS), is
    /// refused with its message and changes nothing.
    @Test(arguments: [
        (#"INSERT INTO places (name, division, geom) VALUES ('甲', '999999999', MakePoint(111.45, 30.39, 4490))"#,
         "places.division: 未知的区划代码"),
        (#"INSERT INTO places (name, division, geom) VALUES ('甲', '420581001', NULL)"#, "places.geom: 缺少几何图形"),
        (#"INSERT INTO places (name, division, geom) VALUES ('   ', '420581001', MakePoint(111.45, 30.39, 4490))"#, "places.name: 不能为空"),
        (#"UPDATE roads SET class = 'highway' WHERE id = 1"#, "roads.class: 不是道路等级之一 must be one of expressway"),
        (#"UPDATE addresses SET number = 0 WHERE id = 1"#, "addresses.number: 门牌号须为正整数"),
        (#"UPDATE addresses SET road_id = 'no-such-road' WHERE id = 1"#, "addresses.road_id: 未知的道路"),
        (#"UPDATE shelters SET capacity = -5 WHERE id = 1"#, "shelters.capacity: 容纳人数须为非负整数"),
        (#"UPDATE shelters SET grade = 'IV' WHERE id = 1"#, "shelters.grade: 不是避难场所类别之一"),
        (#"UPDATE divisions SET level = 'township' WHERE code = '420581'"#, "divisions.level: 级别与区划代码不符"),
        (#"UPDATE divisions SET parent = '420502' WHERE code = '420581001'"#, "divisions.parent: 上级区划代码须是本区划代码的开头部分"),
        (#"UPDATE divisions SET parent = '420581' WHERE code = '420502'"#, "divisions.parent: 上级区划代码须是本区划代码的开头部分"),
        (#"UPDATE divisions SET code = '420581098' WHERE code = '420581001'"#, "divisions.code: 要素标识不能修改"),
        (#"INSERT INTO divisions (code, name, geom) VALUES ('420581000', '零', (SELECT geom FROM divisions WHERE code = '420581001'))"#,
         "divisions.code: 不是区划代码"),
        (#"INSERT INTO divisions (code, name, parent, geom) VALUES ('420581098', '新镇', '420581097', (SELECT geom FROM divisions WHERE code = '420581001'))"#,
         "divisions.parent: 上级区划代码须是本区划代码的开头部分"),
        (#"DELETE FROM divisions WHERE code = '420581001'"#, "divisions: 仍有道路、门牌、地名或避难场所位于该区划，不能删除"),
        (#"DELETE FROM roads WHERE uid = (SELECT road_id FROM addresses LIMIT 1)"#, "roads: 仍有门牌引用该道路，不能删除"),
        (#"UPDATE places SET uid = 'x' WHERE id = 1"#, "places.uid: 要素标识不能修改"),
        (#"UPDATE places SET geom = MakePoint(211.45, 30.39, 4490) WHERE id = 1"#, "places.geom: 坐标超出经纬度范围"),
    ])
    func aBrokenRuleIsRefusedWithItsMessage(statement: String, message: String) throws {
        let db = try Self.demo()
        let tables = ["divisions", "roads", "addresses", "places", "shelters"]
        let before = try tables.map { try OutsideProgram.content(of: $0, in: db.path) }
        let outside = try OutsideProgram.connection(to: db.path)
        do {
            try outside.write { try $0.execute(sql: statement) }
            Issue.record("accepted: \(statement)")
        } catch let error as DatabaseError {
            #expect(error.message?.contains(message) == true, "\(error)")
        }
        #expect(try tables.map { try OutsideProgram.content(of: $0, in: db.path) } == before)
        #expect(try OutsideProgram.fileEntries(in: db.path).isEmpty)
    }

    @Test func aGivenParentThatIsNotTheImpliedOneMustExist() throws {
        let db = try Self.demo()
        let outside = try OutsideProgram.connection(to: db.path)
        // 429004 lies under its province directly; 420000 is not in the demo.
        #expect(throws: DatabaseError.self) {
            try outside.write { try $0.execute(sql: """
                INSERT INTO divisions (code, name, parent, geom) VALUES ('429004', '仙桃市', '420000', (SELECT geom FROM divisions WHERE code = '420581001'))
                """) }
        }
        // The parent a code implies may be missing, as the core infers it for the top of an import.
        try outside.write { try $0.execute(sql: """
            INSERT INTO divisions (code, name, level, parent, geom) VALUES ('421000', '荆州市', 'city', '420000', (SELECT geom FROM divisions WHERE code = '420581001'))
            """) }
        #expect(try OutsideProgram.fileEntries(in: db.path).map(\.featureID) == ["421000"])
    }

    /// Every write path of Diming marks its transaction: after imports, edits, settings,
    /// accounts, tokens and attachments the log holds no `file` entry, and the mark is gone.
    @Test func dimingsOwnWritesAreNeitherRefusedNorAuditedAsFile() async throws {
        let db = try Self.demo()
        let admin = Account.local(user: "tester")
        try importText(Self.place(division: "420581001", name: "导入地名"), into: .places, db)
        try importText(Self.place(division: "420581001", name: "不查几何"), into: .places, db, options: ImportOptions(checkValidity: false))

        let editor = FeatureEditor(database: db, layer: .places)
        let actor = FeatureEditor.Actor(account: admin)
        let point = Geometry.point(Position(lon: 111.44, lat: 30.38))
        let created = try await editor.create(Feature(properties: ["name": .string("编辑地名"), "division": .string("420581001")], geometry: point), by: actor)
        let id = try #require(created.feature?.idText)
        _ = try await editor.update(id: id, with: FeaturePatch(properties: ["name": .string("改名")]), precondition: .any, by: actor)
        _ = try await editor.delete(id: id, precondition: .any, by: actor)
        let township = FeatureEditor(database: db, layer: .divisions)
        _ = try await township.update(id: "420581001", with: FeaturePatch(properties: ["name": .string("陆城")]), precondition: .any, by: actor)

        _ = try await db.write { db in try Settings.change(.metricSRID, to: "4546", by: admin, in: db) }
        _ = try await db.write { db in try AccountChange.addAccount(name: "zhao", role: .placenameOfficer, by: admin, in: db) }
        _ = try await db.write { db in try AccountChange.issueToken(for: "zhao", by: admin, in: db).token.id }
        let staged = try AttachmentsTests.stage(db)
        _ = try await Attachments.add(staged, mediaType: .jpeg, fileName: "a.jpg", layer: .divisions, featureID: "420581001", by: admin, to: db)
        _ = try DemoDataset.load(from: gazetteerDirectory, into: db)

        #expect(try OutsideProgram.fileEntries(in: db.path).isEmpty)
        #expect(try await db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM diming_writing") } == 0)
        #expect(try await db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM diming_audit WHERE account = 'local:tester'") }! >= 6)
    }

    /// The audit log cannot be edited or emptied by another program, nor an account named `file`.
    @Test func theLogItselfAndTheNameFileAreGuarded() throws {
        let db = try makeTestDatabase()
        try db.write { db in _ = try AccountChange.addAccount(name: "zhao", role: .viewer, by: .local(user: "t"), in: db) }
        let outside = try OutsideProgram.connection(to: db.path)
        for statement in ["INSERT INTO diming_accounts (name, role, created_at) VALUES ('file', 'viewer', '')",
                          "UPDATE diming_accounts SET name = 'file'", "DELETE FROM diming_audit", "UPDATE diming_audit SET account = 'someone'"] {
            #expect(throws: DatabaseError.self, "\(statement)") { try outside.write { try $0.execute(sql: statement) } }
        }
        #expect(try db.pool.read { try String.fetchAll($0, sql: "SELECT account FROM diming_audit") } == ["local:t"])
    }

    /// `file` names other programs in the audit log: no account may take it.
    @Test func noAccountMayBeNamedFile() throws {
        let db = try makeTestDatabase()
        #expect(throws: AccessError.invalidAccountName("file")) {
            try db.write { db in try AccountChange.addAccount(name: "file", role: .viewer, by: .local(user: "t"), in: db) }
        }
    }

    /// The rules the migration froze are today's layers': the same columns in the same order
    /// and the same key, so that audit entries have the editor's shape.
    @Test func theGuardedTablesAreTheCoreLayers() {
        let layers = LayerCatalog.core.layers
        #expect(CoreMigrations.guardedLayers.map(\.table) == layers.map(\.name))
        for (guarded, layer) in zip(CoreMigrations.guardedLayers, layers) {
            #expect(guarded.columns == layer.columns.map(\.name), "\(layer.name)")
            #expect(guarded.key == layer.keyColumn, "\(layer.name)")
            for column in layer.columns {
                guard let values = column.allowedValues, column.name != "level" else { continue }
                #expect(guarded.rules.contains { $0.message.contains(values.joined(separator: ", ")) }, "\(layer.name).\(column.name)")
            }
        }
    }

    @Test func theReleaseFileGetsTheGuardsWithEveryRowKept() throws {
        let path = try ReleaseFixture.copy()
        let before = try UpgradeTests.releaseRows(at: path)
        let db = try DimingDatabase(path: path)
        #expect(try db.appliedMigrations().contains("core-033-file-guards"))
        #expect(try UpgradeTests.releaseRows(at: path) == before)
        let triggers = try db.pool.read { try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'")) }
        for table in ["divisions", "roads", "addresses", "places", "shelters"] {
            for suffix in ["guard_insert", "guard_update", "audit_insert", "audit_update", "audit_delete"] {
                #expect(triggers.contains("\(table)_\(suffix)"), "\(table)_\(suffix)")
            }
        }
        // The upgrade wrote no entry of its own, and the upgraded file guards itself.
        #expect(try OutsideProgram.fileEntries(in: path).isEmpty)
        let outside = try OutsideProgram.connection(to: path)
        #expect(throws: DatabaseError.self) {
            try outside.write { try $0.execute(sql: "UPDATE places SET division = '999999999' WHERE id = 1") }
        }
        try outside.write { try $0.execute(sql: "UPDATE places SET name = name || '村' WHERE id = 1") }
        #expect(try OutsideProgram.fileEntries(in: path).map(\.action) == ["feature.update"])
    }
}
