import Testing
@testable import DimingCore

@Suite struct SettingsTests {
    @Test func metricProjectionFollowsTheDataUnlessFixed() throws {
        let db = try makeTestDatabase()
        #expect(try db.pool.read { try SettingsStore.metricProjection(in: $0) } == .yidu)
        try importYichang(into: db)
        #expect(try db.pool.read { try SettingsStore.metricProjection(in: $0) }.epsg == 4546)
        try db.pool.write { try SettingsStore.set(.metricSRID, to: "4545", in: $0) }
        #expect(try db.pool.read { try SettingsStore.metricProjection(in: $0) }.centralMeridian == 108)
    }

    @Test func anInvalidSRIDIsRefusedAndNothingStored() throws {
        let db = try makeTestDatabase()
        #expect(throws: SettingError.self) { try db.pool.write { try SettingsStore.set(.metricSRID, to: "3857", in: $0) } }
        #expect(try db.pool.read { try SettingsStore.value(.metricSRID, in: $0) } == nil)
    }

    @Test func zonesFromLongitude() {
        #expect(GaussKruger(zoneForLongitude: 111.45).epsg == 4546)
        #expect(GaussKruger(zoneForLongitude: 116.4).epsg == 4548)   // Beijing, CM 117E
        #expect(GaussKruger(zoneForLongitude: 75.9).epsg == 4534)
        #expect(GaussKruger(epsg: 4546) == .yidu)
        #expect(GaussKruger(epsg: 4326) == nil)
    }
}
