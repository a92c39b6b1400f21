import GRDB
import Testing
@testable import DimingCore

/// The demo's ten townships tile 宜都市 exactly, checked on the loaded demo database: no point
/// of the county without a township, none in two (issue 8: four corners were in no township).
@Suite struct DemoTilingTests {
    static let county = "420581"

    static func demo() throws -> DimingDatabase {
        let db = try makeTestDatabase()
        _ = try DemoDataset.load(from: gazetteerDirectory, into: db)
        return db
    }

    /// The vertices of a geometry, read in SQL so that they are the stored doubles.
    static func vertices(_ geometrySQL: String, in db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            WITH RECURSIVE g(points) AS (SELECT ST_DissolvePoints(\(geometrySQL))),
                n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n, g WHERE i < ST_NumGeometries(g.points))
            SELECT ST_X(ST_GeometryN(points, i)) AS lon, ST_Y(ST_GeometryN(points, i)) AS lat FROM g, n
            """)
    }

    static func positions(_ rows: [Row]) -> [Position] {
        rows.map { Position(lon: $0["lon"], lat: $0["lat"]) }
    }

    /// By vertex, with the stored doubles: the townships' outer edges are the county outline's
    /// own vertices. Before, where a township border met the county line the new corner was
    /// rounded a few millimetres off the line, leaving slivers in no township (or outside 宜都市).
    @Test func theTownshipsOuterCornersAreTheCountyOutlinesVertices() throws {
        let db = try Self.demo()
        let (outline, corners, offOutline) = try db.pool.read { db in
            let outline = Set(Self.positions(try Self.vertices("(SELECT geom FROM divisions WHERE code = '\(Self.county)')", in: db)))
            let corners = Self.positions(try Self.vertices("(SELECT ST_Collect(geom) FROM divisions WHERE parent = '\(Self.county)')", in: db))
            // Corners that are no outline vertex yet lie on the county line (within 1 cm) or outside it.
            let offOutline = try corners.filter { !outline.contains($0) }.filter { corner in
                try Bool.fetchOne(db, sql: """
                    SELECT ST_Distance(ST_Boundary(geom), MakePoint(?1, ?2, 4490), 1) < 0.01 OR NOT ST_Covers(geom, MakePoint(?1, ?2, 4490))
                    FROM divisions WHERE code = ?3
                    """, arguments: [corner.lon, corner.lat, Self.county]) ?? true
            }
            return (outline, Set(corners), offOutline)
        }
        #expect(outline.count > 700)
        #expect(outline.isSubset(of: corners), "\(outline.subtracting(corners).count) vertices of 宜都市's outline are no township's vertex")
        #expect(offOutline.isEmpty, "township corners on or outside 宜都市's line that are not its vertices: \(offOutline.prefix(4))")
    }

    @Test func theTownshipsCoverTheCountyWithoutOverlapByArea() throws {
        let db = try Self.demo()
        try db.pool.read { db in
            let area = "ST_Area(ST_Transform(%@, 4546))"
            func metric(_ sql: String) -> String { area.replacingOccurrences(of: "%@", with: sql) }
            let county = try #require(try Double.fetchOne(db, sql: "SELECT \(metric("geom")) FROM divisions WHERE code = ?", arguments: [Self.county]))
            let sum = try #require(try Double.fetchOne(db, sql: "SELECT sum(\(metric("geom"))) FROM divisions WHERE parent = ?", arguments: [Self.county]))
            #expect(abs(sum - county) < 1.0, "townships \(sum) m², county \(county) m²")
            let overlap = try Double.fetchOne(db, sql: """
                SELECT coalesce(sum(\(metric("ST_Intersection(a.geom, b.geom)"))), 0)
                FROM divisions a JOIN divisions b ON a.code < b.code
                WHERE a.parent = ?1 AND b.parent = ?1 AND ST_Intersects(a.geom, b.geom)
                """, arguments: [Self.county]) ?? -1
            #expect(overlap < 1e-6, "pairwise overlap \(overlap) m²")
            let gap = try Double.fetchOne(db, sql: """
                SELECT \(metric("ST_SymDifference(c.geom, (SELECT ST_Union(geom) FROM divisions WHERE parent = ?1))"))
                FROM divisions c WHERE c.code = ?1
                """, arguments: [Self.county]) ?? 0
            #expect(gap < 0.01, "union of the townships vs 宜都市: \(gap) m²")
        }
    }
}
