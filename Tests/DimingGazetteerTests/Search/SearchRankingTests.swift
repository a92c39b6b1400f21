import DimingCore
import Testing
@testable import DimingGazetteer

/// What a search returns beyond the worked cases: substrings of any length, statuses, filters.
@Suite struct SearchRankingTests {
    @Test func oneAndTwoCharacterQueriesFindBeginningsFirstThenInsides() async throws {
        let fixture = try SearchFixture("short")
        try fixture.place("胜利街")
        try fixture.place("解放路")
        try fixture.place("新解放村", category: .village)
        let one = try await fixture.search("解")
        #expect(one.map(\.name) == ["解放路"])
        #expect(one.first?.matchedBy == .prefix)
        let two = try await fixture.search("解放")
        #expect(two.map(\.name) == ["解放路", "新解放村"])
        #expect(two.map(\.matchedBy) == [.prefix, .substring])
        let whole = try await fixture.search("解放路")
        #expect(whole.first?.matchedBy == .exact)
        let inner = try await fixture.search("放路")
        #expect(inner.map(\.name) == ["解放路"])
        #expect(inner.first?.matchedBy == .substring)
    }

    @Test func threeOrMoreCharactersInsideANameAreFoundThroughTrigrams() async throws {
        let fixture = try SearchFixture("trigram")
        try fixture.place("运河北路")
        try fixture.place("河北路小学", category: .building)
        let results = try await fixture.search("河北路")
        #expect(results.map(\.name) == ["河北路小学", "运河北路"])
        #expect(results.map(\.matchedBy) == [.prefix, .substring])
    }

    @Test func reservedNamesOnlyWhenAskedProposedAndRejectedNever() async throws {
        let fixture = try SearchFixture("status")
        try fixture.place("滨江路")
        try fixture.place("滨江北路", status: .reserved)
        try fixture.place("滨江南路", status: .proposed)
        try fixture.place("滨江东路", status: .rejected)
        #expect(try await fixture.search("滨江").map(\.name) == ["滨江路"])
        let asked = try await fixture.search("滨江", includeReserved: true)
        #expect(asked.map(\.name) == ["滨江路", "滨江北路"])
        #expect(asked.last?.status == .reserved)
    }

    @Test func aRetiredPlaceIsFoundBelowTheCurrentOneAndMarked() async throws {
        let fixture = try SearchFixture("historical")
        let old = try fixture.place("城关镇", category: .administrativeArea, status: .historical,
                                    names: [.init(name: "城关镇", kind: .standard, status: .historical, from: "1950-01-01", to: "2020-01-01")])
        let current = try fixture.place("城关镇", category: .residentialArea, division: "420581100")
        let results = try await fixture.search("城关镇")
        #expect(results.map(\.id) == [current, old])
        #expect(results.last?.historical == true)
        #expect(results[0].score > results[1].score)
    }

    @Test func divisionAndCategoryNarrowTheResults() async throws {
        let fixture = try SearchFixture("filters")
        let inTown = try fixture.place("人民路", division: "420581100")
        let inStreet = try fixture.place("人民路", division: "420581001")
        try fixture.place("人民公园", category: .park, division: "420581001")
        #expect(try await fixture.search("人民路", division: "420581100").map(\.id) == [inTown])
        #expect(Set(try await fixture.search("人民", division: "420581").map(\.id)).isSuperset(of: [inTown, inStreet]))
        #expect(try await fixture.search("人民", category: .park).map(\.name) == ["人民公园"])
        #expect(try await fixture.search("renmin", category: .road).count == 2)
    }

    @Test func theLimitIsKept() async throws {
        let fixture = try SearchFixture("limit")
        for n in 1...6 { try fixture.place("幸福\(n)巷") }
        #expect(try await fixture.search("幸福", limit: 4).count == 4)
        #expect(try await fixture.search("xingfu", limit: 3).count == 3)
    }
}
