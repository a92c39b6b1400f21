import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// LC-02: 城关镇 split into two new units; merges likewise.
@Suite struct SupersessionTests {
    typealias F = GazetteerFixture
    static let approval = Approval(document: "鄂政函〔2024〕20号", date: "2024-07-01", authority: "湖北省人民政府")
    static let north = F.box(111.0, 30.3, 111.3, 30.6)
    static let south = F.box(111.0, 30.0, 111.3, 30.3)

    /// 城关镇 with two villages, one north and one south of 30.3°N.
    func town(_ f: F) async throws -> (town: String, northVillage: String, southVillage: String) {
        let town = try await f.approved("城关镇", .administrativeArea, geometry: F.box(111.0, 30.0, 111.3, 30.6))
        func village(_ name: String, _ lat: Double) async throws -> String {
            try await f.gazetteer.propose(PlaceDraft(name: name, category: .village, geometry: .point(Position(lon: 111.1, lat: lat)),
                                                     parent: town), by: F.admin).place.place.id
        }
        return (town, try await village("北坡村", 30.5), try await village("南湾村", 30.1))
    }

    @Test func aSplitSupersedesTheOldRecordAndReparentsEveryChild() async throws {
        let f = try F("split")
        let (town, northVillage, southVillage) = try await town(f)
        let created = try await f.gazetteer.split(town, into: [
            PlaceDraft(name: "城北街道", category: .administrativeArea, geometry: Self.north),
            PlaceDraft(name: "城南街道", category: .administrativeArea, geometry: Self.south),
        ], Self.approval, by: F.admin)
        #expect(created.map(\.place.status) == [.approved, .approved])
        #expect(created.allSatisfy { $0.supersedes == [town] })
        let old = try await f.gazetteer.place(town)
        #expect(old.place.status == .historical && old.place.ceasedOn == "2024-07-01")
        #expect(old.supersededBy == created.map(\.place.id).sorted())
        #expect(old.names.map(\.kind) == [.former])
        #expect(try await f.gazetteer.place(northVillage).place.parent == created[0].place.id)
        #expect(try await f.gazetteer.place(southVillage).place.parent == created[1].place.id)
        // No child still points at the retired parent (WOF #2200).
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places WHERE parent = ?", arguments: [town]) } == 0)
        #expect(try await f.gazetteer.history(town).last?.action == "split")
        #expect(try f.auditActions(of: created[0].place.id) == ["place.split"])
        // Nor can a new one be put under it.
        await #expect(throws: GazetteerError.retiredParent(id: town, status: .historical)) {
            try await f.gazetteer.propose(PlaceDraft(name: "新村", category: .village, geometry: .point(F.west), parent: town), by: F.admin)
        }
    }

    @Test func aSplitLeavingAChildUncoveredIsRefusedNamingItAndChangesNothing() async throws {
        let f = try F("split-uncovered")
        let (town, _, southVillage) = try await town(f)
        await #expect(throws: GazetteerError.uncoveredChildren([southVillage])) {
            try await f.gazetteer.split(town, into: [
                PlaceDraft(name: "城北街道", category: .administrativeArea, geometry: Self.north),
                PlaceDraft(name: "城中街道", category: .administrativeArea, geometry: F.box(111.0, 30.2, 111.3, 30.3)),
            ], Self.approval, by: F.admin)
        }
        #expect(try await f.gazetteer.place(town).place.status == .approved)
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places") } == 3)
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM place_supersessions") } == 0)
    }

    @Test func aMergeSupersedesEveryOldRecordByOneNewPlace() async throws {
        let f = try F("merge")
        let a = try await f.approved("东岳村", .village, geometry: F.box(111.0, 30.0, 111.1, 30.1))
        let b = try await f.approved("西岭村", .village, geometry: F.box(111.1, 30.0, 111.2, 30.1))
        let merged = try await f.gazetteer.merge([a, b], into: PlaceDraft(name: "岳岭村", category: .village, geometry: F.box(111.0, 30.0, 111.2, 30.1)),
                                                 Self.approval, by: F.admin)
        #expect(merged.supersedes == [a, b].sorted())
        for old in [a, b] {
            let detail = try await f.gazetteer.place(old)
            #expect(detail.place.status == .historical && detail.supersededBy == [merged.place.id])
        }
        await #expect(throws: GazetteerError.tooFew(field: "ids", action: "merge", count: 2)) {
            try await f.gazetteer.merge([a], into: PlaceDraft(name: "某村", category: .village, geometry: .point(F.west)), Self.approval, by: F.admin)
        }
    }
}
