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

    /// Only the canonical digits of a zone this code supports: what is stored is what is read.
    @Test(arguments: ["04546", "+4546", "-4546", " 4546", "4546 ", "4,546", "4546.0", "4533", "4555", "0", ""])
    func aNonCanonicalOrUnsupportedSRIDIsRefused(_ value: String) throws {
        let db = try makeTestDatabase()
        #expect(throws: SettingError.self, "\(value) accepted") {
            try db.pool.write { try SettingsStore.set(.metricSRID, to: value, in: $0) }
        }
        #expect(try db.pool.read { try SettingsStore.value(.metricSRID, in: $0) } == nil)
        try db.pool.write { try SettingsStore.set(.metricSRID, to: "4534", in: $0) }
        try db.pool.write { try SettingsStore.set(.metricSRID, to: "4554", in: $0) }
    }

    @Test func zonesFromLongitude() {
        #expect(GaussKruger(zoneForLongitude: 111.45).epsg == 4546)
        #expect(GaussKruger(zoneForLongitude: 116.4).epsg == 4548)   // Beijing, CM 117E
        #expect(GaussKruger(zoneForLongitude: 75.9).epsg == 4534)
        #expect(GaussKruger(epsg: 4546) == .yidu)
        #expect(GaussKruger(epsg: 4326) == nil)
    }
}
