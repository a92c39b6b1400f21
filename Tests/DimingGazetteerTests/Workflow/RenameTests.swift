import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// LC-01: 建设路 renamed 长江大道, approved 2024-05-01.
@Suite struct RenameTests {
    typealias F = GazetteerFixture
    static let approval = Approval(document: "宜府函〔2024〕12号", date: "2024-05-01", authority: "宜都市人民政府")

    @Test func aRenameKeepsTheIdAndTheOldNameAsAFormerName() async throws {
        let f = try F("rename")
        let id = try await f.approved("建设路", date: "2001-09-01")
        let child = try await f.gazetteer.propose(PlaceDraft(name: "建设路小区", category: .residentialArea, geometry: .point(F.west), parent: id),
                                                  by: F.admin).place.place.id
        let detail = try await f.gazetteer.rename(id, to: "长江大道", Self.approval, reason: "道路拓宽改造", by: F.admin)
        #expect(detail.place.id == id)
        #expect(detail.place.name == "长江大道" && detail.place.specific == "长江" && detail.place.generic == "大道")
        #expect(detail.names.map(\.name) == ["建设路", "长江大道"])
        #expect(detail.names.map(\.kind) == [.former, .standard])
        #expect(detail.names[0].validTo == "2024-05-01" && detail.names[0].status == .historical)
        #expect(detail.names[1].validFrom == "2024-05-01" && detail.names[1].document == "宜府函〔2024〕12号")
        #expect(detail.names[1].pinyin == f.gazetteer.speller.spell("长江大道", category: .road))

        // Every reference keeps working: the core record by uid, the child's parent, events, audit.
        let row = try f.read { try Row.fetchOne($0, sql: "SELECT name FROM places WHERE uid = ?", arguments: [id]) }
        #expect(row?["name"] == "长江大道")
        #expect(try await f.gazetteer.place(child).place.parent == id)
        let rename = try #require(try await f.gazetteer.history(id).last)
        #expect(rename.action == "rename" && rename.name == "长江大道" && rename.document == "宜府函〔2024〕12号")
        #expect(rename.effective == "2024-05-01" && rename.authority == "宜都市人民政府" && rename.reason == "道路拓宽改造")
        #expect(try f.auditActions(of: id).last == "place.rename")
        let before = try f.read { try String.fetchOne($0, sql: "SELECT before FROM diming_audit WHERE action = 'place.rename'") }
        #expect(before?.contains("建设路") == true)
    }

    @Test func everyHouseNumberKeepsItsNumberUnderTheNewStreet() async throws {
        let f = try F("rename-road")
        let id = try await f.approved("建设路", date: "2001-09-01")
        _ = try await f.gazetteer.rename(id, to: "长江大道", Self.approval, reason: nil, by: F.admin)
        let roads = try f.read { try String.fetchAll($0, sql: "SELECT name FROM roads") }
        #expect(roads == ["长江大道"])
        let addresses = try f.read { try Row.fetchAll($0, sql: "SELECT road, number FROM addresses ORDER BY number") }
        #expect(addresses.map { $0["road"] as String } == ["长江大道", "长江大道"])
        #expect(addresses.map { $0["number"] as Int } == [12, 14])
        let linked = try f.read { try String.fetchOne($0, sql: "SELECT road_id FROM places WHERE uid = ?", arguments: [id]) }
        let roadID = try f.read { try String.fetchOne($0, sql: "SELECT uid FROM roads") }
        #expect(linked == roadID)
    }

    @Test func theNamesOfAnyDateAreThoseValidThen() async throws {
        let f = try F("as-of")
        let id = try await f.approved("建设路", date: "2001-09-01")
        _ = try await f.gazetteer.rename(id, to: "长江大道", Self.approval, reason: nil, by: F.admin)
        let before = try await f.gazetteer.place(id, asOf: "2024-04-30")
        #expect(before.place.name == "建设路" && before.names.map(\.name) == ["建设路"])
        let after = try await f.gazetteer.place(id, asOf: "2024-05-01")
        #expect(after.place.name == "长江大道" && after.names.map(\.name) == ["长江大道"])
        #expect(try await f.gazetteer.list(PlaceFilter(asOf: "2015-06-01")).map(\.name) == ["建设路"])
        #expect(try await f.gazetteer.list(PlaceFilter(asOf: "2024-05-01")).map(\.name) == ["长江大道"])
        #expect(try await f.gazetteer.list(PlaceFilter(asOf: "2000-01-01")).isEmpty)
        await #expect(throws: GazetteerError.invalidDate(field: "asOf", value: "2024-13-01")) {
            try await f.gazetteer.list(PlaceFilter(asOf: "2024-13-01"))
        }
    }

    @Test func theAnnouncementHoldsTheNewNameItsPinyinAreaLocationAuthorityAndDate() async throws {
        let f = try F("announcement")
        let id = try await f.approved("建设路", date: "2001-09-01")
        _ = try await f.gazetteer.rename(id, to: "长江大道", Self.approval, reason: nil, by: F.admin)
        let announcement = try await f.gazetteer.announcement(id)
        #expect(announcement.name == "长江大道")
        #expect(announcement.pinyin == f.gazetteer.speller.spell("长江大道", category: .road).toneless)
        #expect(announcement.division == F.luCheng && announcement.divisionName == "宜都市 陆城街道")
        #expect(announcement.location.contains("111.100000°E") && announcement.location.contains("陆城街道"))
        #expect(announcement.authority == "宜都市人民政府" && announcement.date == "2024-05-01" && announcement.document == "宜府函〔2024〕12号")
        let announced = try await f.gazetteer.announce(id, on: "2024-05-10", authority: "宜都市民政局", by: F.admin)
        #expect(announced.place.status == .announced)
        #expect(try await f.gazetteer.history(id).last?.authority == "宜都市民政局")
    }

    @Test func aRenameToTheSameNameOrOfAProposalIsRefused() async throws {
        let f = try F("rename-refused")
        let id = try await f.approved("建设路")
        await #expect(throws: GazetteerError.sameName(id: id, name: "建设路")) {
            try await f.gazetteer.rename(id, to: "建设路", Self.approval, reason: nil, by: F.admin)
        }
        let proposed = try await f.propose("解放路")
        await #expect(throws: GazetteerError.illegalTransition(id: proposed, action: "rename", status: .proposed)) {
            try await f.gazetteer.rename(proposed, to: "长江大道", Self.approval, reason: nil, by: F.admin)
        }
        await #expect(throws: GazetteerError.missingField(field: "document", action: "rename")) {
            try await f.gazetteer.rename(id, to: "长江大道", Approval(document: "", date: "2024-05-01"), reason: nil, by: F.admin)
        }
    }
}
