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

    @Test func everyOutlineVertexIsATownshipVertexAndEveryTownshipCornerIsInATownship() throws {
        let db = try Self.demo()
        try db.pool.read { db in
            // Exact doubles: the difference of two point sets keeps only points with no equal.
            let outlineOnly = try Int.fetchOne(db, sql: """
                SELECT ST_NumGeometries(ST_Difference(ST_DissolvePoints(geom),
                    (SELECT ST_DissolvePoints(ST_Collect(geom)) FROM divisions WHERE parent = ?)))
                FROM divisions WHERE code = ?
                """, arguments: [Self.county, Self.county])
            #expect(outlineOnly == nil || outlineOnly == 0, "\(outlineOnly ?? 0) vertices of 宜都市's outline are no township's vertex")

            let corners = try Self.vertices("(SELECT ST_Collect(geom) FROM divisions WHERE parent = '\(Self.county)' OR code = '\(Self.county)')", in: db)
            #expect(corners.count > 700)
            var orphans: [String] = []
            for corner in corners {
                let lon: Double = corner["lon"], lat: Double = corner["lat"]
                let inCounty = try Bool.fetchOne(db, sql: "SELECT ST_Covers(geom, MakePoint(?, ?, 4490)) FROM divisions WHERE code = ?",
                                                 arguments: [lon, lat, Self.county]) ?? false
                let townshipCount = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM divisions WHERE parent = ? AND ST_Covers(geom, MakePoint(?, ?, 4490))
                    """, arguments: [Self.county, lon, lat]) ?? 0
                if inCounty && townshipCount == 0 { orphans.append("\(lon) \(lat)") }
            }
            #expect(orphans.isEmpty, "in 宜都市 but in no township: \(orphans.prefix(5))")
        }
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

    /// The corner issue 8 named (111.4492091 30.4622862 in GCJ-02) is a vertex of the converted
    /// outline, and a township holds it.
    @Test func theCornerIssue8NamedIsInATownship() throws {
        let corner = SourceFrame.gcj02.toCGCS2000(Position(lon: 111.4492091, lat: 30.4622862))
        let rounded = Position(lon: (corner.lon * 1e7).rounded() / 1e7, lat: (corner.lat * 1e7).rounded() / 1e7)
        let db = try Self.demo()
        try db.pool.read { db in
            let inCounty = try Bool.fetchOne(db, sql: "SELECT ST_Covers(geom, MakePoint(?, ?, 4490)) FROM divisions WHERE code = ?",
                                             arguments: [rounded.lon, rounded.lat, Self.county])
            #expect(inCounty == true, "\(rounded)")
            let townships = try String.fetchAll(db, sql: """
                SELECT name FROM divisions WHERE parent = ? AND ST_Covers(geom, MakePoint(?, ?, 4490))
                """, arguments: [Self.county, rounded.lon, rounded.lat])
            #expect(!townships.isEmpty, "\(rounded) is in 宜都市 but in no township")
        }
    }
}
