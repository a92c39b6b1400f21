import DimingCore
import Testing
@testable import DimingGazetteer

/// The worked cases of gazetteer.md §4.6: SR-05 (former name and its 门牌), SR-06 (pinyin and
/// initials), SR-07 (homophone typo), SR-08 (traditional characters).
@Suite struct SearchWorkedCaseTests {
    /// 解放路 among names that share its initials, its beginning or its sound only in part.
    private func jiefangFixture() throws -> SearchFixture {
        let fixture = try SearchFixture("sr06")
        try fixture.place("解放路社区", category: .residentialArea)
        try fixture.place("江防林场", category: .residentialArea)
        try fixture.place("解放路")
        try fixture.place("金坊路口", category: .station)
        try fixture.place("人民路")
        return fixture
    }

    @Test(arguments: ["jfl", "jiefanglu", "jiefang lu", "JieFang Lu", "Jiěfàng Lù"])
    func sr06PinyinAndInitialsFindJiefangLuFirst(query: String) async throws {
        let results = try await jiefangFixture().search(query)
        let first = try #require(results.first)
        #expect(first.name == "解放路")
        #expect(first.matchedBy == (query == "jfl" ? .initials : .pinyin))
        #expect(first.pinyin == "jie fang lu" || first.pinyin?.lowercased().replacingOccurrences(of: " ", with: "") == "jiefanglu")
        #expect(!results.contains { $0.name == "人民路" })
    }

    @Test func sr07AHomophoneTypoSuggestsJiefangLu() async throws {
        let results = try await jiefangFixture().search("介放路")
        let first = try #require(results.first)
        #expect(first.name == "解放路")
        #expect(first.matchedBy == .homophone)
    }

    @Test func sr08TraditionalCharactersAreNormalisedAndFound() async throws {
        let fixture = try SearchFixture("sr08")
        try fixture.place("运河北路")
        try fixture.place("运河南路")
        #expect(Gazetteer.normalizedSearchText("運河北路84號") == "运河北路84号")
        let results = try await fixture.search("運河北路")
        #expect(results.first?.name == "运河北路")
        #expect(results.first?.matchedBy == .traditional)
        #expect(!results.contains { $0.name == "运河南路" && $0.score >= results[0].score })

        let address = try fixture.address(road: "运河北路", number: 84)
        let withNumber = try await fixture.search("運河北路84號")
        #expect(withNumber.first?.id == address)
        #expect(withNumber.first?.name == "运河北路84号")
        #expect(withNumber.first?.category == "address")
    }

    /// LC-01's rename (建设路 → 长江大道 on 2024-05-01) as its name records stand afterwards.
    private func renamedFixture() throws -> (SearchFixture, String) {
        let fixture = try SearchFixture("sr05")
        let uid = try fixture.place("长江大道", names: [
            .init(name: "建设路", kind: .former, status: .historical, from: "1985-01-01", to: "2024-05-01"),
            .init(name: "长江大道", kind: .standard, status: .approved, from: "2024-05-01"),
        ])
        try fixture.place("建设村", category: .village)
        return (fixture, uid)
    }

    @Test func sr05AFormerNameFindsThePlaceUnderItsCurrentName() async throws {
        let (fixture, uid) = try renamedFixture()
        let results = try await fixture.search("建设路")
        let first = try #require(results.first)
        #expect(first.id == uid)
        #expect(first.name == "长江大道")
        #expect(first.matchedBy == .former)
        #expect(first.matchedName == "建设路")
        #expect(first.label == "原建设路")
    }

    @Test func sr05AFormerAddressFindsTheHouseOnTheRenamedRoad() async throws {
        let (fixture, _) = try renamedFixture()
        try fixture.address(road: "长江大道", number: 10)
        let house = try fixture.address(road: "长江大道", number: 12)
        let results = try await fixture.search("建设路12号")
        let first = try #require(results.first)
        #expect(first.id == house)
        #expect(first.name == "长江大道12号")
        #expect(first.label == "原建设路")
        #expect(first.matchedBy == .former)
        #expect(!results.contains { $0.name == "长江大道10号" })
    }
}
