import DimingCore
import DimingDisaster
import Foundation
import Testing

/// TC-1 and TC-12 through the façade: the township rows count only the current, non-rejected
/// versions, a township with nothing reported shows zeros, the points outside every division
/// are `unassigned`, and the total is always the rows plus the unassigned.
@Suite struct SummaryTests {
    static func eventWithTC1(_ name: String) async throws -> (Disaster, Int64) {
        let database = try EventFixture.database(name)
        let disaster = Disaster(database)
        let event = try await disaster.addEvent(EventTests.flood(), by: EventTests.reviewer)
        try EventFixture.tc1(event: event.id, into: database)
        return (disaster, event.id)
    }

    @Test func jiaZhenHasTheTC1Totals() async throws {
        let (disaster, id) = try await Self.eventWithTC1("summary-tc1")
        let summary = try await disaster.summary(event: id)
        #expect(summary.rows.map(\.division) == [EventFixture.jia, EventFixture.yi, EventFixture.bing])
        let jia = try #require(summary.rows.first)
        #expect(jia.name == "甲镇")
        let text = Dictionary(uniqueKeysWithValues: Indicator.allCases.map { ($0, jia.figures.indicators.decimalText($0)) })
        #expect(text[.affectedPeople] == "645")      // not 965 (a resend counted twice), 855 (m2 and m5), 1,324 (m6)
        #expect(text[.dead] == "1" && text[.missing] == "1")
        #expect(text[.relocatedPeople] == "125" && text[.relocatedConcentrated] == "100" && text[.relocatedDispersed] == "25")
        #expect(text[.needAidPeople] == "80")
        #expect(text[.collapsedHouseholds] == "3" && text[.collapsedRooms] == "8")
        #expect(text[.severeHouseholds] == "6" && text[.severeRooms] == "13")
        #expect(text[.generalHouseholds] == "14" && text[.generalRooms] == "24")
        #expect(text[.cropsAffectedHa] == "38" && text[.cropsHitHa] == "17.7" && text[.cropsLostHa] == "3.3")
        #expect(text[.directLoss10kYuan] == "227.8")
        #expect(jia.figures.reports == 3)
        // 丙镇 reported nothing and still has its row.
        #expect(summary.rows[2].figures == .zero)
        #expect(summary.unassigned.reports == 3)
        #expect(summary.unassigned.indicators.decimalText(.affectedPeople) == "30")
        #expect(summary.unassigned.indicators.decimalText(.cropsAffectedHa) == "0.6")
    }

    @Test func theTotalIsTheRowsPlusTheUnassigned() async throws {
        let (disaster, id) = try await Self.eventWithTC1("summary-total")
        let summary = try await disaster.summary(event: id)
        var sum = summary.unassigned
        for row in summary.rows { sum = sum + row.figures }
        #expect(summary.total == sum)
        #expect(summary.total.indicators.decimalText(.affectedPeople) == "725")
        #expect(summary.total.indicators.decimalText(.cropsAffectedHa) == "38.7")
        #expect(summary.total.indicators.decimalText(.directLoss10kYuan) == "227.85")
        #expect(summary.total.reports == 7)
    }

    @Test func theJSONIsTheContractWithExactNumbers() async throws {
        let (disaster, id) = try await Self.eventWithTC1("summary-json")
        let summary = try await disaster.summary(event: id, asOf: "2025-07-11T00:00+08:00")
        let json = summary.json
        #expect(json.hasPrefix("{\"event\":\(id),\"as_of\":\"2025-07-10T16:00:00Z\",\"rows\":[{\"division\":\"420581001\",\"name\":\"甲镇\",\"affected_people\":645,"))
        #expect(json.contains("\"crops_hit_ha\":17.7,") && !json.contains("17.69"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["event", "as_of", "rows", "unassigned", "total"])
        let total = try #require(object["total"] as? [String: Any])
        #expect(total["affected_people"] as? Int == 725 && total["reports"] as? Int == 7)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(Set(rows[0].keys) == Set(["division", "name", "reports"] + Indicator.allCases.map(\.apiName)))
    }

    @Test func asOfCountsTheVersionsCurrentAtThatTime() async throws {
        let (disaster, id) = try await Self.eventWithTC1("summary-as-of")
        // 2025-07-10 09:00+08:00 = 01:00Z: m2 (not yet replaced by m5) counts; the unassigned have not arrived.
        let early = try await disaster.summary(event: id, asOf: "2025-07-10T09:00+08:00")
        #expect(early.rows[0].figures.indicators.decimalText(.affectedPeople) == "625")
        #expect(early.unassigned.reports == 0)
        #expect(early.total.indicators.decimalText(.affectedPeople) == "675")
        let before = try await disaster.summary(event: id, asOf: "2025-07-09T00:00Z")
        #expect(before.total == .zero)
        await #expect(throws: EventsError.invalidTime(field: "as_of", value: "yesterday")) { try await disaster.summary(event: id, asOf: "yesterday") }
    }

    @Test func perCountyRowsAndTheKuaibaoTable() async throws {
        let (disaster, id) = try await Self.eventWithTC1("summary-county")
        let county = try await disaster.summary(event: id, level: .county)
        #expect(county.rows.map(\.division) == [EventFixture.county])
        #expect(county.rows[0].name == "宜都市")
        #expect(county.rows[0].figures.indicators.decimalText(.affectedPeople) == "695")
        #expect(county.total == (try await disaster.summary(event: id)).total)
        let csv = try await disaster.summary(event: id).csv()
        let lines = csv.dropFirst().split(separator: "\r\n").map(String.init)
        #expect(lines[0].hasPrefix("区划代码,乡镇（街道）,受灾人口（人）,因灾死亡人口（人）"))
        #expect(lines[0].contains("农作物受灾面积（公顷）") && lines[0].contains("直接经济损失（万元）"))
        #expect(lines[1].hasPrefix("420581001,甲镇,645,1,1,125,100,25,80,3,8,6,13,14,24,38,17.7,3.3,227.8,3"))
        #expect(lines.last == ",合计,725,1,1,125,100,25,80,3,8,6,13,14,24,38.7,17.7,3.3,227.85,7")
        let page = SummaryPage.html(try await disaster.summary(event: id))
        #expect(page.contains("自然灾害损失情况统计快报表") && page.contains("@media print") && page.contains("227.85"))
    }
}
