import Foundation
import GRDB
import Testing
@testable import DimingCore

@Suite struct SpatiaLiteBlobTests {
    static let samples: [Geometry] = [
        .point(Position(lon: 111.45, lat: 30.39)),
        .lineString([Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)]),
        .multiPoint([Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)]),
        .multiLineString([[Position(lon: 1, lat: 2), Position(lon: 3, lat: 4)], [Position(lon: 5, lat: 6), Position(lon: 7, lat: 8)]]),
        .multiPolygon([[[Position(lon: 0, lat: 0), Position(lon: 1, lat: 0), Position(lon: 1, lat: 1), Position(lon: 0, lat: 0)]]]),
    ]

    /// Our encoder and SpatiaLite agree: SpatiaLite reads our BLOB as the same WKT, and we read
    /// SpatiaLite's own BLOB (from GeomFromText) back to the same geometry.
    @Test(arguments: samples)
    func agreesWithSpatiaLite(_ geometry: Geometry) throws {
        let db = try makeTestDatabase()
        let blob = Data(SpatiaLiteBlob.encode(geometry, srid: 4490))
        try db.pool.read { conn in
            let row = try #require(try Row.fetchOne(conn, sql: "SELECT AsText(?1) AS wkt, SRID(?1) AS srid, GeomFromText(?2, 4490) AS ours",
                                                    arguments: [blob, WKTWriter.string(geometry).replacingOccurrences(of: " (", with: "(")]))
            #expect(row["srid"] as Int? == 4490)
            let wkt = try #require(row["wkt"] as String?)
            #expect(try WKTReader.parse(wkt) == geometry)
            #expect(try row.geometry(at: Column("ours")) == geometry)
        }
    }

    @Test func compressedGeometriesAreExpanded() throws {
        let db = try makeTestDatabase()
        let line = Geometry.lineString([Position(lon: 111, lat: 30), Position(lon: 111.5, lat: 30.25), Position(lon: 112, lat: 31)])
        let decoded = try db.pool.read { conn in
            try #require(try Row.fetchOne(conn, sql: "SELECT CompressGeometry(?)", arguments: [Data(SpatiaLiteBlob.encode(line, srid: 4490))]))
                .geometry(atIndex: 0)
        }
        guard case let .lineString(points)? = decoded else { Issue.record("not a line"); return }
        #expect(points.count == 3 && points[0] == Position(lon: 111, lat: 30) && points[2] == Position(lon: 112, lat: 31))
        #expect(abs(points[1].lon - 111.5) < 1e-6 && abs(points[1].lat - 30.25) < 1e-6)
    }

    @Test func garbageIsRefused() {
        #expect(throws: GeometryError.self) { try SpatiaLiteBlob.decode([0, 1, 2, 3]) }
    }
}
