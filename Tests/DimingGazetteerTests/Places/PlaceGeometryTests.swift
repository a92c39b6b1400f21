import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

@Suite struct PlaceGeometryTests {
    typealias F = GazetteerFixture

    /// A line or polygon is the place's `shape`; every client draws `geom`, a point on it.
    @Test func aLineOrPolygonIsTheShapeAndItsPointOnSurfaceTheRecordsPoint() async throws {
        let f = try F("shape")
        let line = Geometry.lineString([Position(lon: 111.05, lat: 30.2), Position(lon: 111.25, lat: 30.2)])
        let id = try await f.propose("滨江路", geometry: line)
        let row = try #require(try f.read { try Row.fetchOne($0, sql: """
            SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat, ST_Intersects(geom, shape) AS on_line, GeometryType(shape) AS type
            FROM places WHERE uid = ?
            """, arguments: [id]) })
        #expect(row["type"] == "LINESTRING" && row["on_line"] == 1)
        #expect(row["lat"] == 30.2)
        let export = String(decoding: try await f.gazetteer.export(.geojson), as: UTF8.self)
        #expect(export.contains("\"LineString\""))
        // The division is the one holding its point.
        #expect(try await f.gazetteer.place(id).place.division == F.luCheng)
    }

    @Test func aBrokenGeometryIsRefusedNamingTheField() async throws {
        let f = try F("bad-shape")
        let bowtie = Geometry.polygon([[Position(lon: 111.0, lat: 30.0), Position(lon: 111.1, lat: 30.1), Position(lon: 111.1, lat: 30.0),
                                        Position(lon: 111.0, lat: 30.1), Position(lon: 111.0, lat: 30.0)]])
        do {
            _ = try await f.propose("某广场", .square, geometry: bowtie)
            Issue.record("a self-intersecting polygon was accepted")
        } catch let error as GazetteerError {
            #expect(error.field == "geometry" && error.status == 422)
        }
        #expect(try PlaceDraft.geometry(parsing: "POINT(111.1 30.3)") == .point(Position(lon: 111.1, lat: 30.3)))
        #expect(try PlaceDraft.geometry(parsing: #"{"type":"Point","coordinates":[111.1,30.3]}"#) == .point(Position(lon: 111.1, lat: 30.3)))
    }

    @Test func anUnapprovedPlaceHasNoAnnouncement() async throws {
        let f = try F("unapproved")
        let id = try await f.propose("解放路")
        await #expect(throws: GazetteerError.notApproved(id: id, status: .proposed)) { try await f.gazetteer.announcement(id) }
        await #expect(throws: GazetteerError.unknownPlace("nope")) { try await f.gazetteer.announcement("nope") }
    }
}
