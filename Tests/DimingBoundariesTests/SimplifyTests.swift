import DimingBoundaries
import DimingCore
import Foundation
import GRDB
import Testing

/// Case T4 (boundary.md §4.3, §6): two counties sharing a wiggly 10 km border of 401 vertices,
/// simplified at 20 m and 100 m. The arcs method keeps the border one line — no overlap, no
/// gap, the same vertices in both — where per-feature simplification tears it.
@Suite struct SimplifyTests {
    /// The border from north (527 000, 3 400 000) to south, every 25 m, wiggling up to ±230 m.
    static let border: [(easting: Double, northing: Double)] = (0...400).map { i in
        let t = Double(i)
        let wiggle = 120 * sin(t * 0.35) + 80 * sin(t * 0.11) + 30 * sin(t * 1.7)
        return (527_000 + (i == 0 || i == 400 ? 0 : wiggle), 3_400_000 - t * 25)
    }

    static func wkt(_ points: [(easting: Double, northing: Double)]) -> String {
        "POLYGON((" + points.map { "\($0.easting) \($0.northing)" }.joined(separator: ",") + "))"
    }

    /// West county: its three straight sides, then the border southwards.
    static let west = wkt([(520_000, 3_390_000), (520_000, 3_400_000)] + border + [(520_000, 3_390_000)])
    /// East county: along the border northwards, its ring starting on the border (a ring may
    /// start anywhere; a per-feature simplifier keeps that vertex, so the two copies differ).
    static let east: String = {
        let open = [(easting: 535_000.0, northing: 3_390_000.0)] + border.reversed() + [(535_000, 3_400_000)]
        let start = 150
        return wkt(Array(open[start...] + open[..<start]) + [open[start]])
    }()

    static func wiggly(_ name: String) throws -> ExportFixture {
        let fixture = try ExportFixture(name)
        try fixture.addDivision("420501", "西县", metres: west)
        try fixture.addDivision("420502", "东县", metres: east)
        return fixture
    }

    /// The positions of `geometry` within about 500 m of the border (the border's own
    /// vertices): easting 527 000 ± 500 m, or longitude 111.2816° ± 0.0052° (the far corners
    /// are at 111.21° and 111.36°).
    static func borderVertices(_ geometry: Geometry, inMetres: Bool = false) -> Set<Position> {
        Set(ExportFixture.positions(geometry).filter { inMetres ? abs($0.lon - 527_000) < 500 : abs($0.lon - 111.2816) < 0.0052 })
    }

    @Test(arguments: [20.0, 100.0]) func sharedBorderStaysOneLine(tolerance: Double) async throws {
        let fixture = try Self.wiggly("t4-\(Int(tolerance))")
        let result = try await fixture.boundaries.simplify(level: .county, tolerance: tolerance)
        #expect(result.divisions.map(\.code) == ["420501", "420502"])
        #expect(result.sharedArcs == 1 && result.arcs == 3)
        let (a, b) = (result.divisions[0], result.divisions[1])
        #expect(a.verticesAfter < a.verticesBefore / 2 && b.verticesAfter < b.verticesBefore / 2, "\(a.verticesAfter) \(b.verticesAfter)")
        let measured = try fixture.overlapAndGap(a.geometry, b.geometry)
        // GEOS's overlay leaves float noise of about 1e-6 m² along a border both share exactly.
        #expect(measured.overlap < 0.01 && measured.gap < 0.01, "overlap \(measured.overlap) m², gap \(measured.gap) m²")
        let onA = Self.borderVertices(a.geometry), onB = Self.borderVertices(b.geometry)
        #expect(onA == onB && onA.count > 2)
        #expect(a.valid && b.valid && !a.relaxed && !b.relaxed)
        #expect(try fixture.isValid(a.geometry) && fixture.isValid(b.geometry))
        // The stored divisions are unchanged.
        let stored = try await fixture.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT SUM(ST_NPoints(geom)) FROM divisions") }
        #expect(stored == a.verticesBefore + b.verticesBefore)
    }

    /// The regression guard: SpatiaLite's per-feature `ST_SimplifyPreserveTopology` fails the
    /// assertions the arcs method passes.
    @Test(arguments: [20.0, 100.0]) func perFeatureSimplificationTearsTheBorder(tolerance: Double) async throws {
        let fixture = try Self.wiggly("t4-per-feature-\(Int(tolerance))")
        let (overlap, gap, borderA, borderB) = try await fixture.database.pool.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT ST_Area(ST_Intersection(a, b)) AS overlap,
                       ST_Area(ST_Difference(ST_Envelope(ST_Union(a, b)), ST_Union(a, b))) AS gap, a, b
                FROM (SELECT ST_SimplifyPreserveTopology(ST_Transform((SELECT geom FROM divisions WHERE code = '420501'), 4546), ?) AS a,
                             ST_SimplifyPreserveTopology(ST_Transform((SELECT geom FROM divisions WHERE code = '420502'), 4546), ?) AS b)
                """, arguments: [tolerance, tolerance])!
            let a = try row.geometry(at: Column("a"))!, b = try row.geometry(at: Column("b"))!
            return (row["overlap"] as Double? ?? 0, row["gap"] as Double? ?? 0,
                    SimplifyTests.borderVertices(a, inMetres: true), SimplifyTests.borderVertices(b, inMetres: true))
        }
        #expect(overlap > 100 || gap > 100, "overlap \(overlap) m², gap \(gap) m²")
        #expect(borderA != borderB)
    }

    @Test func aTinyIslandKeepsATriangle() async throws {
        let fixture = try ExportFixture("tiny")
        try fixture.addDivision("420503", "小岛", metres: "POLYGON((527000 3395000,527004 3395000,527005 3395003,527002 3395005,527000 3395003,527000 3395000))")
        let result = try await fixture.boundaries.simplify(level: .county, tolerance: 100)
        let island = try #require(result.divisions.first)
        #expect(island.verticesAfter == 4 && island.valid)
    }

    /// A bulge of 80 m holds a hole: at 100 m the bulge would go and leave the hole outside
    /// the shell (invalid), so its arcs are simplified again at 50 m, which keeps it.
    @Test func aShapeMadeInvalidIsSimplifiedLess() async throws {
        let fixture = try ExportFixture("relaxed")
        try fixture.addDivision("420503", "凸县", metres: """
            POLYGON((527000 3395000,527500 3394920,528000 3395000,528000 3396000,527000 3396000,527000 3395000),\
            (527480 3394940,527480 3394960,527520 3394960,527520 3394940,527480 3394940))
            """)
        let result = try await fixture.boundaries.simplify(level: .county, tolerance: 100)
        let division = try #require(result.divisions.first)
        #expect(division.valid && division.relaxed)
        #expect(try fixture.isValid(division.geometry))
    }

    @Test func aNegativeToleranceIsRefused() async throws {
        let fixture = try ExportFixture("negative")
        await #expect(throws: SimplifyError.invalidTolerance(field: "tolerance", value: "-1.0")) {
            _ = try await fixture.boundaries.simplify(tolerance: -1)
        }
        #expect(SimplifyError.invalidTolerance(field: "tolerance", value: "-1.0").status == 400)
    }

    @Test func anUnknownCodeIsRefused() async throws {
        let fixture = try Self.wiggly("unknown")
        await #expect(throws: ExportError.unknownCode("429999", field: "codes")) {
            _ = try await fixture.boundaries.simplify(tolerance: 20, codes: ["420501", "429999"])
        }
    }
}
