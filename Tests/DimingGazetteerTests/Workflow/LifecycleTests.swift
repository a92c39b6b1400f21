import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

@Suite struct LifecycleTests {
    typealias F = GazetteerFixture

    @Test func aProposalIsApprovedWithItsDocumentAndEveryStepIsLoggedAndAudited() async throws {
        let f = try F("approve")
        let id = try await f.propose("解放路")
        var detail = try await f.gazetteer.place(id)
        #expect(detail.place.status == .proposed)
        #expect(detail.place.division == F.luCheng)
        #expect(detail.place.specific == "解放")
        #expect(detail.place.generic == "路")
        #expect(detail.names.map(\.status) == [.proposed])
        #expect(detail.names.first?.pinyin == f.gazetteer.speller.spell("解放路", category: .road))

        _ = try await f.gazetteer.startReview(id, by: F.admin)
        detail = try await f.gazetteer.approve(id, Approval(document: "宜府函〔2024〕3号", date: "2024-03-01", authority: "宜都市人民政府"), by: F.admin)
        #expect(detail.place.status == .approved)
        let name = try #require(detail.names.first)
        #expect(name.kind == .standard && name.status == .approved)
        #expect(name.validFrom == "2024-03-01" && name.document == "宜府函〔2024〕3号" && name.authority == "宜都市人民政府")

        let events = try await f.gazetteer.history(id)
        #expect(events.map(\.action) == ["propose", "review", "approve"])
        #expect(events.map(\.toStatus) == ["proposed", "under_review", "approved"])
        #expect(events[2].fromStatus == "under_review" && events[2].document == "宜府函〔2024〕3号" && events[2].effective == "2024-03-01")
        #expect(events.allSatisfy { $0.account == "local:tester" && $0.role == "admin" })
        #expect(try f.auditActions(of: id) == ["place.propose", "place.review", "place.approve"])
        let layer = try f.read { try String.fetchOne($0, sql: "SELECT layer FROM diming_audit WHERE action = 'place.approve'") }
        #expect(layer == "places")
        // Every client reads the core's record.
        let row = try f.read { try Row.fetchOne($0, sql: "SELECT name, status FROM places WHERE uid = ?", arguments: [id]) }
        #expect(row?["name"] == "解放路" && row?["status"] == "approved")
    }

    @Test func anIllegalStepIsRefusedNamingTheCurrentStatus() async throws {
        let f = try F("illegal")
        let id = try await f.propose("解放路")
        await #expect(throws: GazetteerError.illegalTransition(id: id, action: "announce", status: .proposed)) {
            try await f.gazetteer.announce(id, on: "2024-05-01", authority: nil, by: F.admin)
        }
        let error = GazetteerError.illegalTransition(id: id, action: "announce", status: .proposed)
        #expect(error.status == 409)
        #expect(error.detail(in: .zh).contains("申报中"))
        _ = try await f.gazetteer.reject(id, reason: "与现有路名重名", by: F.admin)
        await #expect(throws: GazetteerError.illegalTransition(id: id, action: "approve", status: .rejected)) {
            try await f.gazetteer.approve(id, Approval(document: "D", date: "2024-05-01"), by: F.admin)
        }
        #expect(try await f.gazetteer.history(id).map(\.action) == ["propose", "reject"])
    }

    @Test func approvalNeedsADocumentAndARealDate() async throws {
        let f = try F("approval-fields")
        let id = try await f.propose("解放路")
        await #expect(throws: GazetteerError.missingField(field: "document", action: "approve")) {
            try await f.gazetteer.approve(id, Approval(document: " ", date: "2024-05-01"), by: F.admin)
        }
        await #expect(throws: GazetteerError.invalidDate(field: "date", value: "2024-02-30")) {
            try await f.gazetteer.approve(id, Approval(document: "D", date: "2024-02-30"), by: F.admin)
        }
        await #expect(throws: GazetteerError.missingField(field: "reason", action: "reject")) {
            try await f.gazetteer.reject(id, reason: "", by: F.admin)
        }
        await #expect(throws: GazetteerError.invalidDate(field: "asOf", value: "2024/05/01")) {
            try await f.gazetteer.place(id, asOf: "2024/05/01")
        }
        #expect(try await f.gazetteer.place(id).place.status == .proposed)
    }

    @Test func aDivisionThatContradictsTheGeometryIsRefusedAndNothingIsWritten() async throws {
        let f = try F("division")
        await #expect(throws: GazetteerError.divisionMismatch(given: F.hongHuaTao, derived: F.luCheng)) {
            try await f.propose("解放路", division: F.hongHuaTao)
        }
        // The county holds the point: consistent, and the township is kept.
        let id = try await f.propose("解放路", division: F.county)
        #expect(try await f.gazetteer.place(id).place.division == F.luCheng)
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places") } == 1)
    }

    @Test func anOfficerWritesOnlyWithinItsDivisionAndAViewerNever() async throws {
        let f = try F("scope")
        await #expect(throws: AccessError.self) { try await f.propose("解放路", at: F.east, by: F.luChengOfficer) }
        await #expect(throws: AccessError.self) { try await f.propose("解放路", by: F.viewer) }
        let id = try await f.propose("解放路", by: F.luChengOfficer)
        await #expect(throws: AccessError.self) {
            try await f.gazetteer.approve(id, Approval(document: "D", date: "2024-05-01"), by: nil)
        }
        let events = try await f.gazetteer.history(id)
        #expect(events.map(\.account) == ["lucheng"] && events[0].role == "placename_officer")
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places") } == 1)
    }

    @Test func aReservedNameIsKeptOffSignsAndDefaultListsUntilApproved() async throws {
        let f = try F("reserved")
        let id = try await f.propose("规划一路", planned: true)
        #expect(try await f.gazetteer.place(id).place.status == .reserved)
        #expect(try await f.gazetteer.list(PlaceFilter()).isEmpty)
        #expect(try await f.gazetteer.list(PlaceFilter(includeReserved: true)).map(\.id) == [id])
        await #expect(throws: GazetteerError.reserved(id: id, name: "规划一路")) { try await f.gazetteer.announcement(id) }
        await #expect(throws: GazetteerError.reserved(id: id, name: "规划一路")) {
            try await f.gazetteer.announce(id, on: "2024-05-01", authority: nil, by: F.admin)
        }
        _ = try await f.gazetteer.approve(id, Approval(document: "D", date: "2025-01-01"), by: F.admin)
        #expect(try await f.gazetteer.list(PlaceFilter()).map(\.id) == [id])
        #expect(try await f.gazetteer.history(id).map(\.action) == ["reserve", "approve"])
    }

    @Test func retiringKeepsTheNamesAsFormerNamesAndNeedsAReason() async throws {
        let f = try F("retire")
        let id = try await f.approved("老街")
        await #expect(throws: GazetteerError.missingField(field: "reason", action: "retire")) {
            try await f.gazetteer.retire(id, on: "2024-06-01", reason: " ", by: F.admin)
        }
        let detail = try await f.gazetteer.retire(id, on: "2024-06-01", reason: "城市建设拆除", by: F.admin)
        #expect(detail.place.status == .historical && detail.place.ceasedOn == "2024-06-01")
        #expect(detail.names.map(\.kind) == [.former] && detail.names[0].validTo == "2024-06-01")
        #expect(try await f.gazetteer.place(id, asOf: "2024-05-31").names.map(\.name) == ["老街"])
        #expect(try await f.gazetteer.place(id, asOf: "2024-06-01").names.isEmpty)
        #expect(try f.auditActions(of: id).last == "place.retire")
    }

    /// LC-03: a record filed wrongly is deprecated, not ceased, and stays visible.
    @Test func anErroneousRecordIsDeprecatedAndStaysVisible() async throws {
        let f = try F("erroneous")
        let id = try await f.approved("错误村", .village)
        let detail = try await f.gazetteer.markErroneous(id, reason: "误归入陆城街道", by: F.admin)
        #expect(detail.place.status == .erroneous && detail.place.deprecatedOn != nil && detail.place.ceasedOn == nil)
        #expect(try await f.gazetteer.place(id).names.map(\.name) == ["错误村"])
        #expect(try await f.gazetteer.history(id).last?.reason == "误归入陆城街道")
        #expect(try await f.gazetteer.list(PlaceFilter(status: .erroneous)).map(\.id) == [id])
        await #expect(throws: GazetteerError.illegalTransition(id: id, action: "deprecate", status: .erroneous)) {
            try await f.gazetteer.markErroneous(id, reason: "again", by: F.admin)
        }
    }
}
