import DimingCore
@testable import DimingDisaster
import Testing

/// TC-3, house counting by household unit: one class per structure (the whole house is judged,
/// rooms are counted), a household counted once under the default rule, auxiliary buildings
/// never among the dwellings, and a report never counted two ways.
@Suite struct ReportHousesTests {
    static func feature(id: String = "0f8e2a5c-1d3b-4c6e-9a7f-2b4d6e8f0a1c", houses: String, _ figures: String = "") -> [UInt8] {
        ReportParserTests.feature(id: id, #""houses": \#(houses)"# + (figures.isEmpty ? "" : ", " + figures))
    }

    static func houseFigures(_ draft: ReportDraft) -> [Indicator: Int] {
        Dictionary(uniqueKeysWithValues: ReportHouses.houseIndicators.map { ($0, draft.indicators[$0]) })
    }

    static func refusal(_ bytes: [UInt8]) -> ReportsError? {
        do throws(ReportsError) {
            _ = try ReportParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    @Test func tc3RoomsOfOneStructureInTwoClassesAreRefused() throws {
        // The assessor's marks: rooms 1–2 collapsed, room 3 severely damaged, one structure.
        let error = try #require(Self.refusal(Self.feature(houses: #"""
            [{"household": "H", "structure": "main", "class": "collapsed", "rooms": 2},
             {"household": "H", "structure": "main", "class": "severe", "rooms": 1}]
            """#)))
        #expect(error.status == 422 && error.field == "houses[1].class")
        #expect(error.detail(in: .zh).contains("一处房屋只定一个损坏等级"), "\(error.detail(in: .zh))")
        #expect(error.detail(in: .en).contains("one structure takes one class"), "\(error.detail(in: .en))")
        // The same structure listed twice in one class is refused too (it would count the household twice).
        let twice = try #require(Self.refusal(Self.feature(houses: #"""
            [{"household": "H", "class": "collapsed", "rooms": 2}, {"household": "H", "class": "collapsed", "rooms": 1}]
            """#)))
        #expect(twice.status == 422 && twice.field == "houses[1].class" && twice.detail(in: .en).contains("listed already in houses[0]"))
    }

    @Test func theWholeHouseIsOneHouseholdWithAllItsRooms() throws {
        let draft = try ReportParser.parse(Self.feature(houses: #"[{"household": "H", "class": "collapsed", "rooms": 3}]"#))
        #expect(Self.houseFigures(draft) == [.collapsedHouseholds: 1, .collapsedRooms: 3, .severeHouseholds: 0, .severeRooms: 0,
                                             .generalHouseholds: 0, .generalRooms: 0])
    }

    @Test func twoStructuresInTwoClassesCountTheHouseholdOnceByDefault() throws {
        let houses = #"""
            [{"household": "H-7", "structure": "main", "class": "collapsed", "rooms": 3},
             {"household": "H-7", "structure": "east wing", "class": "severe", "rooms": 2},
             {"household": "H-8", "class": "severe", "rooms": 4}]
            """#
        #expect(HouseholdCountRule.configured == .mostSevere)
        let draft = try ReportParser.parse(Self.feature(houses: houses))
        // H-7 once, under 倒塌; its wing's rooms still counted under 严重损坏.
        #expect(Self.houseFigures(draft) == [.collapsedHouseholds: 1, .collapsedRooms: 3, .severeHouseholds: 1, .severeRooms: 6,
                                             .generalHouseholds: 0, .generalRooms: 0])
    }

    @Test func theEachClassRuleCountsTheHouseholdInBothClasses() {
        let houses = ReportHouses([
            HouseStructure(household: "H-7", houseClass: .collapsed, rooms: 3),
            HouseStructure(household: "H-7", structure: "east wing", houseClass: .severe, rooms: 2),
            HouseStructure(household: "H-7", structure: "west wing", houseClass: .severe, rooms: 1),
        ])
        let each = houses.figures(rule: .eachClass)
        #expect(each[.collapsedHouseholds] == 1 && each[.collapsedRooms] == 3 && each[.severeHouseholds] == 1 && each[.severeRooms] == 3)
        let mostSevere = houses.figures(rule: .mostSevere)
        #expect(mostSevere[.collapsedHouseholds] == 1 && mostSevere[.severeHouseholds] == 0 && mostSevere[.severeRooms] == 3)
    }

    @Test func auxiliaryBuildingsAreListedApartAndNeverDwellings() throws {
        // TC-9's H4: only a separate kitchen and a livestock shed collapsed.
        let draft = try ReportParser.parse(Self.feature(houses: #"""
            [{"household": "H4", "structure": "kitchen", "class": "auxiliary", "rooms": 1},
             {"household": "H4", "structure": "livestock shed", "class": "auxiliary", "rooms": 2}]
            """#))
        #expect(Self.houseFigures(draft).values.allSatisfy { $0 == 0 })
        let houses = try #require(ReportHouses.stored(content: draft.content))
        #expect(houses.auxiliaryStructures == 2 && houses.auxiliaryRooms == 3)
        let answer = ReportJSON.object(houses.answerMembers).canonical
        #expect(answer.contains(#""auxiliary_structures":2"#) && answer.contains(#""dwelling":false"#)
                && answer.contains(#""reconstruction_eligible":false"#) && !answer.contains(#""dwelling":true"#))
    }

    @Test func aggregateFiguresMustAgreeWithTheHouses() throws {
        let houses = #"[{"household": "H", "class": "collapsed", "rooms": 3}]"#
        let error = try #require(Self.refusal(Self.feature(houses: houses, #""collapsed_households": 1, "collapsed_rooms": 2"#)))
        #expect(error.status == 422 && error.issues.map(\.field) == ["collapsed_rooms"], "\(error.detail(in: .en))")
        #expect(error.detail(in: .en).contains("disagrees with 3 counted from houses"))
        #expect(Self.refusal(Self.feature(houses: houses, #""severe_households": 1, "severe_rooms": 1"#))?.issues.map(\.field)
            == ["severe_households", "severe_rooms"])
        // The same figures given twice are one count.
        let same = try ReportParser.parse(Self.feature(houses: houses, #""collapsed_households": 1, "collapsed_rooms": 3, "severe_rooms": 0"#))
        #expect(same.indicators[.collapsedRooms] == 3)
    }

    @Test func malformedEntriesAreNamed() {
        #expect(ReportParserTests.fields(Self.feature(houses: #"{"household": "H"}"#)) == ["houses"])
        #expect(ReportParserTests.fields(Self.feature(houses: #"[3, {"class": "collapsed", "rooms": 2, "floor": 1}]"#))
            == ["houses[0]", "houses[1].floor", "houses[1].household"])
        #expect(ReportParserTests.fields(Self.feature(houses: #"[{"household": " ", "class": "destroyed", "rooms": 1.5}]"#))
            == ["houses[0].household", "houses[0].class", "houses[0].rooms"])
        let zero = Self.refusal(Self.feature(houses: #"[{"household": "H", "class": "general", "rooms": 0}]"#))
        #expect(zero?.status == 422 && zero?.field == "houses[0].rooms")
        #expect(Self.refusal(Self.feature(houses: #"[{"household": "H", "class": "general", "rooms": 10000}]"#))?.field == "houses[0].rooms")
    }

    @Test func theHousesArePartOfTheContent() throws {
        let one = try ReportParser.parse(Self.feature(houses: #"[{"household": "H", "class": "collapsed", "rooms": 3}]"#))
        let respaced = try ReportParser.parse(Self.feature(houses: #"[ {"rooms":3, "class":"collapsed", "household":"H"} ]"#))
        let other = try ReportParser.parse(Self.feature(houses: #"[{"household": "H", "class": "severe", "rooms": 3}]"#))
        #expect(one.contentSHA256 == respaced.contentSHA256 && one.contentSHA256 != other.contentSHA256)
    }
}
