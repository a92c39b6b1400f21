import Testing
@testable import DimingCore

/// Where the web map opens: the `home_division` setting, else the only county, else everything.
@Suite struct HomeViewTests {
    @Test func theOnlyCountyIsHomeByDefault() throws {
        let db = try makeTestDatabase()
        try importText(collection(county("420581", "宜都市", west: 111.1), county("420582", "当阳市", west: 111.6)), into: .divisions, db)
        // Two counties: the extent of both.
        var home = try db.pool.read { try HomeView.read(in: $0) }
        #expect(home.source == .allDivisions && home.division == nil)
        #expect(home.extent.map { $0.minLon <= 111.1 && $0.maxLon >= 111.7 } == true)
        try db.pool.write { _ = try $0.execute(sql: "DELETE FROM divisions WHERE code = '420582'") }
        home = try db.pool.read { try HomeView.read(in: $0) }
        #expect(home.source == .onlyCounty && home.division?.name == "宜都市")
        #expect(home.extent.map { $0.maxLon < 111.21 } == true)
    }

    @Test func theSettingWinsAndMustNameADivisionOfTheFile() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        #expect(try db.pool.read { try HomeView.read(in: $0) }.source == .allDivisions)
        // A well-formed code that is not in the file is refused, and nothing is stored.
        #expect(throws: SettingError.self) { try db.pool.write { try SettingsStore.set(.homeDivision, to: "420101", in: $0) } }
        #expect(throws: SettingError.self) { try db.pool.write { try SettingsStore.set(.homeDivision, to: "yidu", in: $0) } }
        #expect(try db.pool.read { try SettingsStore.value(.homeDivision, in: $0) } == nil)
        try db.pool.write { try SettingsStore.set(.homeDivision, to: "420581", in: $0) }
        let home = try db.pool.read { try HomeView.read(in: $0) }
        #expect(home.source == .setting && home.division?.code == "420581" && home.division?.name == "宜都市")
        let city = try #require(try db.pool.read { try LayerStatistics.extent(of: .divisions, in: $0) })
        let yidu = try #require(home.extent)
        // 宜都市's box, well inside the whole of 宜昌.
        #expect(yidu.minLon > city.minLon && yidu.maxLon < city.maxLon && yidu.maxLat < city.maxLat)
    }

    /// The demo holds 13 counties of 宜昌 but the townships of one: it opens on that one.
    @Test func theDemoOpensOnTheCountyOfItsTownships() throws {
        let db = try makeTestDatabase()
        _ = try DemoDataset.load(from: gazetteerDirectory, into: db)
        let home = try db.pool.read { try HomeView.read(in: $0) }
        #expect(home.source == .setting && home.division?.code == "420581" && home.division?.name == "宜都市")
    }

    private func county(_ code: String, _ name: String, west: Double) -> String {
        let e = west + 0.1
        return """
            {"type":"Feature","properties":{"code":"\(code)","name":"\(name)"},"geometry":{"type":"MultiPolygon",
             "coordinates":[[[[\(west),30.2],[\(e),30.2],[\(e),30.3],[\(west),30.3],[\(west),30.2]]]]}}
            """
    }
}
