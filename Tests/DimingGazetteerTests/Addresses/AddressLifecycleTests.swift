import DimingCore
import Foundation
import GRDB
import DimingTestSupport
import Testing
@testable import DimingGazetteer

/// LC-04 (§4.6): the building at 解放路12号 is demolished. The 门牌 becomes historical and keeps
/// its id; number 12 comes back for a new building only by an officer's decision, whoever writes.
@Suite struct AddressLifecycleTests {
    /// 解放路 in 红花套镇 with 10 and 12 (`0000000a-0000-4000-8000-000000000012`), beside the fixture's 建设路.
    static let road = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"0000000a-0000-4000-8000-000000000001","properties":{"name":"解放路","division":"420581100"},
         "geometry":{"type":"LineString","coordinates":[[111.4,30.3],[111.5,30.3]]}}
        ]}
        """
    static let houses = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"0000000a-0000-4000-8000-000000000010","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":10,"division":"420581100"},"geometry":{"type":"Point","coordinates":[111.41,30.3001]}},
        {"type":"Feature","id":"0000000a-0000-4000-8000-000000000012","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":12,"division":"420581100"},"geometry":{"type":"Point","coordinates":[111.42,30.3001]}}
        ]}
        """
    static let newTwelve = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":16,"division":"420581100"},"geometry":{"type":"Point","coordinates":[111.44,30.3001]}},
        {"type":"Feature","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":12,"division":"420581100"},"geometry":{"type":"Point","coordinates":[111.421,30.3001]}}
        ]}
        """
    static let old = "0000000a-0000-4000-8000-000000000012"
    static let admin = GazetteerFixture.admin

    let fixture: GazetteerFixture

    init() throws {
        fixture = try GazetteerFixture("lc04-\(UUID().uuidString.prefix(8))")
        try fixture.load(Self.road, into: .roads)
        try fixture.load(Self.houses, into: .addresses)
    }

    var addressCount: Int {
        get throws { try fixture.read { try Int.fetchOne($0, sql: #"SELECT count(*) FROM "addresses""#) ?? 0 } }
    }

    func retireTwelve() async throws {
        try await fixture.gazetteer.retireAddress(Self.old, on: "2024-05-01", reason: "建筑拆除", by: Self.admin)
    }

    @Test func retiringKeepsTheIdAndLabelsTheSite() async throws {
        try await retireTwelve()
        let twelve = try await fixture.gazetteer.address(Self.old)
        #expect(twelve.id == Self.old)
        #expect(twelve.historical && twelve.retiredOn == "2024-05-01")
        #expect(twelve.road == "解放路" && twelve.number == 12)
        #expect(twelve.siteText == "原解放路12号地块")
        #expect(try fixture.auditActions(of: Self.old) == ["address.retire"])
        let entry = try #require(try fixture.read {
            try Row.fetchOne($0, sql: "SELECT before, after, layer FROM diming_audit WHERE feature_id = ?", arguments: [Self.old])
        })
        #expect((entry["before"] as String?)?.contains("\"status\":\"in_use\"") == true)
        #expect((entry["after"] as String?)?.contains("\"status\":\"historical\"") == true)
        #expect((entry["after"] as String?)?.contains("建筑拆除") == true)
        #expect(entry["layer"] as String? == "addresses")

        await #expect(throws: GazetteerError.addressHistorical(id: Self.old, label: "解放路12号")) { try await retireTwelve() }
        await #expect(throws: GazetteerError.unknownAddress("nope")) {
            try await fixture.gazetteer.retireAddress("nope", on: "2024-05-01", reason: "拆除", by: Self.admin)
        }
        try await fixture.gazetteer.retireAddress("0000000a-0000-4000-8000-000000000010", on: "2024-05-01", reason: "拆除", siteText: "原解放路小学旧址", by: Self.admin)
        #expect(try await fixture.gazetteer.address("0000000a-0000-4000-8000-000000000010").siteText == "原解放路小学旧址")
    }

    @Test func anImportGivingTheRetiredNumberToANewAddressIsRefusedWhole() async throws {
        try await retireTwelve()
        let before = try addressCount
        #expect {
            try fixture.load(Self.newTwelve, into: .addresses)
        } throws: { error in
            String(describing: error).contains("历史门牌") && String(describing: error).contains("diming address reuse")
        }
        #expect(try addressCount == before)
        #expect(try fixture.read { try Int.fetchOne($0, sql: #"SELECT count(*) FROM "addresses" WHERE "number" = 16"#) } == 0)
    }

    /// What QGIS or any other program does on the file: plain SQL, no Diming in between.
    @Test func plainSQLOnTheFileIsRefusedToo() async throws {
        try await retireTwelve()
        let insert = """
            INSERT INTO "addresses"("uid", "road", "road_id", "number", "division", "geom")
            VALUES ('qgis-12', '解放路', '0000000a-0000-4000-8000-000000000001', 12, '420581100', MakePoint(111.421, 30.3001, 4490))
            """
        await #expect {
            try await fixture.database.pool.write { try $0.execute(sql: insert) }
        } throws: { error in
            (error as? DatabaseError)?.message?.hasPrefix(AddressReuseGuard.messagePrefix) == true
        }
        // Renumbering a live house onto the retired number is the same refusal.
        await #expect(throws: DatabaseError.self) {
            try await fixture.database.pool.write { try $0.execute(sql: #"UPDATE "addresses" SET "number" = 12 WHERE "uid" = '0000000a-0000-4000-8000-000000000010'"#) }
        }
        // 12 with a suffix (附1) is another number: allowed.
        try await fixture.database.pool.write {
            try $0.execute(sql: """
                INSERT INTO "addresses"("uid", "road", "road_id", "number", "suffix", "division", "geom")
                VALUES ('qgis-12-1', '解放路', '0000000a-0000-4000-8000-000000000001', 12, '附1', '420581100', MakePoint(111.422, 30.3001, 4490))
                """)
        }
        #expect(try fixture.read { try String.fetchOne($0, sql: #"SELECT "status" FROM "addresses" WHERE "uid" = '0000000a-0000-4000-8000-000000000010'"#) } == "in_use")
    }

    @Test func theOfficersDecisionReusesTheNumberUnderANewID() async throws {
        try await retireTwelve()
        let uid = try await fixture.gazetteer.reuseAddressNumber(of: Self.old, at: Position(lon: 111.421, lat: 30.3001),
                                                                 reason: "宜民发〔2024〕7号：新建楼宇沿用12号", by: Self.admin)
        #expect(uid != Self.old)
        let new = try await fixture.gazetteer.address(uid)
        #expect(new.road == "解放路" && new.number == 12 && new.suffix == nil && new.roadID == "0000000a-0000-4000-8000-000000000001")
        #expect(!new.historical && new.reuses == Self.old && new.division == GazetteerFixture.hongHuaTao)
        #expect(try await fixture.gazetteer.address(Self.old).historical)
        #expect(try fixture.auditActions(of: uid) == ["address.reuse"])
        // The number is taken again: a second decision, or reusing a live one, is refused.
        await #expect(throws: GazetteerError.addressInUse(id: uid, label: "解放路12号")) {
            _ = try await fixture.gazetteer.reuseAddressNumber(of: Self.old, at: Position(lon: 111.421, lat: 30.3001), reason: "again", by: Self.admin)
        }
        await #expect(throws: GazetteerError.addressInUse(id: "0000000a-0000-4000-8000-000000000010", label: "解放路10号")) {
            _ = try await fixture.gazetteer.reuseAddressNumber(of: "0000000a-0000-4000-8000-000000000010", at: Position(lon: 111.41, lat: 30.3001), reason: "x", by: Self.admin)
        }
    }

    @Test func anOfficerOutOfScopeOrAViewerIsRefused() async throws {
        for account in [GazetteerFixture.luChengOfficer, GazetteerFixture.viewer] {
            await #expect(throws: AccessError.self) {
                try await fixture.gazetteer.retireAddress(Self.old, on: "2024-05-01", reason: "拆除", by: account)
            }
        }
        #expect(try await !fixture.gazetteer.address(Self.old).historical)
        try await retireTwelve()
        await #expect(throws: AccessError.self) {
            _ = try await fixture.gazetteer.reuseAddressNumber(of: Self.old, at: Position(lon: 111.421, lat: 30.3001), reason: "x",
                                                               by: GazetteerFixture.luChengOfficer)
        }
        #expect(try addressCount == 4)
        #expect(try fixture.auditActions(of: Self.old) == ["address.retire"])
    }

    @Test func searchShowsTheHistoricalAddressMarkedAfterTheLiveOne() async throws {
        _ = try await fixture.approved("解放路", at: Position(lon: 111.45, lat: 30.3))
        try await retireTwelve()
        let retired = try await fixture.gazetteer.search(PlaceSearchQuery("解放路12号"))
        let only = try #require(retired.first { $0.category == "address" })
        #expect(only.id == Self.old && only.historical && only.label == "原解放路12号地块" && only.name == "解放路12号")

        let uid = try await fixture.gazetteer.reuseAddressNumber(of: Self.old, at: Position(lon: 111.421, lat: 30.3001), reason: "决定", by: Self.admin)
        let results = try await fixture.gazetteer.search(PlaceSearchQuery("解放路12号")).filter { $0.category == "address" }
        #expect(results.map(\.id) == [uid, Self.old])
        #expect(!results[0].historical && results[1].historical)
        #expect(results[0].score > results[1].score)
    }

    /// A file of the release before the gazetteer: its house numbers come through gazetteer-011 in use.
    @Test func anOldFilesAddressesAreInUseAfterTheUpgrade() async throws {
        let path = try ReleaseFixture.copy()

        let db = try DimingDatabase(path: path, modules: DimingModule.standard + [.gazetteer])
        #expect(try db.appliedMigrations().contains("gazetteer-011-address-lifecycle"))
        let statuses = try await db.pool.read { try String.fetchAll($0, sql: #"SELECT DISTINCT "status" FROM "addresses""#) }
        #expect(statuses == ["in_use"])
        let first = try #require(try await db.pool.read { try String.fetchOne($0, sql: #"SELECT "uid" FROM "addresses" ORDER BY "id""#) })
        try await Gazetteer(db).retireAddress(first, on: "2024-05-01", reason: "拆除", by: Self.admin)
        #expect(try await Gazetteer(db).address(first).historical)
    }
}
