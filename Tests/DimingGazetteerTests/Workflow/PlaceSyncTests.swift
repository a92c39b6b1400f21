import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

@Suite struct PlaceSyncTests {
    typealias F = GazetteerFixture

    static let census = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"高坝洲镇","category":"township_seat","division":"420581"},"geometry":{"type":"Point","coordinates":[111.5,30.4]}},
        {"type":"Feature","properties":{"name":"建设路","category":"road"},"geometry":{"type":"Point","coordinates":[111.1,30.3]}}
        ]}
        """

    @Test func aCensusLoadGetsNameRecordsDivisionsAndRoadLinks() async throws {
        let f = try F("census")
        try f.load(Self.census, into: .places)
        try await f.gazetteer.sync()
        let places = try await f.gazetteer.list(PlaceFilter())
        #expect(places.map(\.name) == ["建设路", "高坝洲镇"].sorted())
        let seat = try #require(places.first { $0.name == "高坝洲镇" })
        #expect(seat.division == F.hongHuaTao)
        #expect(seat.pinyin == f.gazetteer.speller.spell("高坝洲镇", category: .townshipSeat))
        let names = try f.read { try Row.fetchAll($0, sql: "SELECT kind, status, created_by FROM place_names") }
        #expect(names.count == 2 && names.allSatisfy { $0["kind"] == "standard" && $0["status"] == "approved" && $0["created_by"] == "import" })
        #expect(try await f.gazetteer.history(seat.id).map(\.action) == ["import"])
        let linked = try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places WHERE road_id IS NOT NULL") }
        #expect(linked == 1)
        #expect(try f.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM place_pending") } == 0)
    }

    @Test func aRenameMadeOutsideTheWorkflowBecomesANewNameRecord() async throws {
        let f = try F("outside-rename")
        try f.load(Self.census, into: .places)
        try await f.gazetteer.sync()
        // As QGIS would: a plain UPDATE of the core's record.
        try await f.database.pool.write { db in try db.execute(sql: "UPDATE places SET name = '长江大道' WHERE name = '建设路'") }
        let id = try #require(try await f.gazetteer.list(PlaceFilter(category: .road)).first?.id)
        let detail = try await f.gazetteer.place(id)
        #expect(detail.names.map(\.name) == ["建设路", "长江大道"])
        #expect(detail.names.map(\.kind) == [.former, .standard])
        #expect(try await f.gazetteer.history(id).map(\.action) == ["import", "edit"])
        #expect(try f.read { try String.fetchAll($0, sql: "SELECT DISTINCT road FROM addresses") } == ["长江大道"])
    }

    @Test func movedDivisionsMoveThePlacesInThem() async throws {
        let f = try F("divisions-moved")
        let id = try await f.propose("解放路", at: Position(lon: 111.35, lat: 30.3))
        #expect(try await f.gazetteer.place(id).place.division == F.hongHuaTao)
        // The border moves east: the point now lies in 陆城街道.
        try await f.database.pool.write { db in
            try db.execute(sql: "UPDATE divisions SET geom = GeomFromText('MULTIPOLYGON(((111 30, 111.4 30, 111.4 30.6, 111 30.6, 111 30)))', 4490) WHERE code = ?",
                           arguments: [F.luCheng])
            try db.execute(sql: "UPDATE divisions SET geom = GeomFromText('MULTIPOLYGON(((111.4 30, 111.6 30, 111.6 30.6, 111.4 30.6, 111.4 30)))', 4490) WHERE code = ?",
                           arguments: [F.hongHuaTao])
        }
        #expect(try await f.gazetteer.place(id).place.division == F.luCheng)
    }

    /// LC-06: a batch that would overwrite a name an officer changed is refused, naming the
    /// feature and the field, and nothing of it is written.
    @Test func aBatchOverwritingAnOfficersEditIsRefusedAndChangesNothing() async throws {
        let f = try F("controlled")
        try f.load(Self.census, into: .places)
        try await f.gazetteer.sync()
        let road = try #require(try await f.gazetteer.list(PlaceFilter(category: .road)).first)
        let seat = try #require(try await f.gazetteer.list(PlaceFilter(category: .townshipSeat)).first)
        _ = try await f.gazetteer.rename(road.id, to: "长江大道", Approval(document: "D", date: "2024-05-01"), reason: nil, by: F.admin)
        let again = """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"\(seat.id)","properties":{"name":"高坝洲","category":"township_seat","division":"420581100"},"geometry":{"type":"Point","coordinates":[111.5,30.4]}},
            {"type":"Feature","id":"\(road.id)","properties":{"name":"建设路","category":"road","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.1,30.3]}}
            ]}
            """
        #expect(throws: ImportError.self) { try f.load(again, into: .places, options: ImportOptions(upsert: true)) }
        do {
            try f.load(again, into: .places, options: ImportOptions(upsert: true))
        } catch let error as ImportError {
            #expect(error.featureNumber == 2 && error.field == "name")
            #expect(error.detail.contains("feature 2") && error.detail.contains("name"))
            #expect(error.detail(in: .zh).contains("人工编辑"))
        }
        let names = try f.read { try String.fetchAll($0, sql: "SELECT name FROM places ORDER BY name") }
        #expect(names == ["长江大道", "高坝洲镇"].sorted())
    }
}
