import Testing
@testable import DimingCore

/// A GB/T 2260 code the test takes to be valid.
func divisionCode(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> DivisionCode {
    let code = DivisionCode(text)
    return try #require(code, "\(text) is not a division code", sourceLocation: sourceLocation)
}

/// Scopes nest by the significant digits of GB/T 2260 codes.
@Suite struct AccessScopeTests {
    @Test func scopesNestByCodePrefix() throws {
        let township = AccessScope(division: try divisionCode("420581001"))
        let county = AccessScope(division: try divisionCode("420581"))
        let city = AccessScope(division: try divisionCode("420500"))
        #expect(township.allows(divisionCode: "420581001"))
        #expect(township.allows(divisionCode: "420581001012"))
        #expect(!township.allows(divisionCode: "420581002"))
        #expect(!township.allows(divisionCode: "420581"))
        #expect(county.allows(divisionCode: "420581103"))
        #expect(!county.allows(divisionCode: "420582"))
        #expect(city.allows(divisionCode: "420581001"))
        #expect(city.allows(divisionCode: "420506"))
        #expect(!city.allows(divisionCode: "420600"))
        #expect(!township.allows(divisionCode: nil))
        #expect(AccessScope.everywhere.allows(divisionCode: nil))
    }
}
