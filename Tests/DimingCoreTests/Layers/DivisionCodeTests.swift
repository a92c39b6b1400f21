import Testing
@testable import DimingCore

@Suite struct DivisionCodeTests {
    @Test func levelsAndParentsFollowFromTheCode() {
        #expect(DivisionCode("420000")?.level == .province)
        #expect(DivisionCode("420500")?.level == .city)
        #expect(DivisionCode("420581")?.level == .county)
        #expect(DivisionCode("420581")?.impliedParent?.digits == "420500")
        #expect(DivisionCode("420581001")?.level == .township)
        #expect(DivisionCode("420581001")?.impliedParent?.digits == "420581")
        #expect(DivisionCode("420581001201")?.impliedParent?.digits == "420581001")
        #expect(DivisionCode("420500")?.impliedParent?.digits == "420000")
        // Hong Kong's and Macau's districts lie directly under the region.
        #expect(DivisionCode("810001")?.level == .county && DivisionCode("810001")?.impliedParent?.digits == "810000")
        #expect(DivisionCode("42058") == nil && DivisionCode("42058a") == nil && DivisionCode("4205810011") == nil)
    }

    /// Codes of the right length that name nothing: no such province, or a level skipped.
    @Test(arguments: ["0009001", "000000", "000900", "000900100", "990000", "100000", "720000", "830000",
                      "420081", "420581000", "420000001", "420581001000", "420000001001"])
    func impossibleCodesAreRefused(_ text: String) {
        #expect(DivisionCode(text) == nil, "\(text) accepted")
    }

    @Test(arguments: ["110000", "150000", "460000", "540000", "650000", "710000", "810000", "820000",
                      "420500", "420581", "429004", "441900", "441900003", "420581001", "420581001201",
                      "810001", "810018", "820008"])
    func realShapesAreAccepted(_ text: String) {
        #expect(DivisionCode(text) != nil, "\(text) refused")
    }

    @Test func aDivisionContainsWhatItsCodeBegins() throws {
        let hubei = try #require(DivisionCode("420000")), yichang = try #require(DivisionCode("420500"))
        let yidu = try #require(DivisionCode("420581")), lucheng = try #require(DivisionCode("420581001"))
        #expect(hubei.contains(yidu) && yichang.contains(yidu) && yidu.contains(lucheng) && hubei.contains(lucheng))
        #expect(try hubei.contains(#require(DivisionCode("429004"))))   // a county-level city under the province
        #expect(!yidu.contains(yidu) && !lucheng.contains(yidu) && !yichang.contains(hubei))
        #expect(try !yichang.contains(#require(DivisionCode("420600"))))
        #expect(try !#require(DivisionCode("110000")).contains(#require(DivisionCode("420581998"))))
    }

    @Test func importInfersLevelAndParent() throws {
        let db = try makeTestDatabase()
        try importText(collection(ImportRejectionTests.good), into: .divisions, db)
        let sink = MemorySink()
        try FeatureExporter(layer: .divisions, format: .csv).run(from: db, to: sink)
        #expect(sink.string.contains("420581001,420581001,陆城街道,township,420581,"))
    }
}
