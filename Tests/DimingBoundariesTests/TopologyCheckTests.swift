import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// Case T3 of boundary.md §6: A and each of B_gap, B_ovl, B_noise (§4.2), stored as lon/lat.
@Suite struct TopologyCheckTests {
    @Test func anOverlapOfTenMetresIsFiftyThousandSquareMetres() async throws {
        let database = try LinesFixture.pair("ovl", middle: "527490")
        let report = try await Boundaries(database).check(tolerance: 0.001)
        #expect(report.findings.map(\.kind) == [.overlap])
        let overlap = try #require(report.findings.first)
        #expect(overlap.codes == ["420501", "420502"])
        #expect(abs((overlap.areaM2 ?? 0) - 50_000) < 1, "\(overlap.areaM2 ?? 0)")
        // Width: the farthest a vertex of one side lies from the other side (a discrete
        // Hausdorff distance): the two middle vertices, 527490 and 527500, 10 m apart.
        #expect(abs((overlap.widthM ?? 0) - 10) < 0.001, "\(overlap.widthM ?? 0)")
        // A point inside the sliver, which runs from 111.2816282,30.6301118 through
        // 111.2869766,30.6752003 to 111.28189,30.7203114 (T2's vertices).
        #expect((111.2816...111.2870).contains(overlap.location.lon) && (30.6301...30.7204).contains(overlap.location.lat),
                "\(overlap.location)")
        let inside = try await database.pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT ST_Within(MakePoint(?, ?, 4490), ST_Intersection(a.geom, b.geom)) FROM divisions a, divisions b WHERE a.code = '420501' AND b.code = '420502'",
                              arguments: [overlap.location.lon, overlap.location.lat])
        }
        #expect(inside == true)
    }

    @Test func aGapBetweenNeighboursTouchingAtTwoPointsIsFound() async throws {
        // A ∪ B_gap is two polygons touching at two points, not one with a hole: the gap is
        // found as land enclosed by the pair in their common box.
        let report = try await Boundaries(try LinesFixture.pair("gap", middle: "527510")).check(tolerance: 0.001)
        #expect(report.findings.map(\.kind) == [.gap])
        let gap = try #require(report.findings.first)
        #expect(abs((gap.areaM2 ?? 0) - 50_000) < 1, "\(gap.areaM2 ?? 0)")
        // The middle vertices 527500 and 527510, 10 m apart (T3: max width 10 m).
        #expect(abs((gap.widthM ?? 0) - 10) < 0.001, "\(gap.widthM ?? 0)")
    }

    @Test func noiseOfATenthOfAMillimetreIsAGapOnlyWithoutTolerance() async throws {
        let boundaries = Boundaries(try LinesFixture.pair("noise", middle: "527500.0001"))
        let exact = try await boundaries.check(tolerance: 0)
        #expect(exact.findings.map(\.kind) == [.gap])
        #expect(abs((exact.findings.first?.areaM2 ?? 0) - 0.5) < 0.01, "\(exact.findings.first?.areaM2 ?? 0)")
        for tolerance in [0.001, 0.01, 1] {
            let findings = try await boundaries.check(tolerance: tolerance).findings
            #expect(findings.isEmpty, "tolerance \(tolerance)")
        }
    }

    @Test func exactNeighboursHaveNoFinding() async throws {
        let report = try await Boundaries(try LinesFixture.pair("ok", middle: "527500")).check(tolerance: 0)
        #expect(report.findings.isEmpty)
        #expect(report.divisionsChecked == 2 && report.pairsChecked == 1)
    }

    @Test func aMarkerFarFromItsLineIsFound() async throws {
        let database = try LinesFixture.pair("marker", middle: "527500")
        let boundaries = Boundaries(database)
        _ = try await boundaries.deriveLines(by: LinesFixture.admin)
        // §4.2: a marker 0.034 m from the line; and one 5 m off.
        try await database.write { db in
            for (number, x) in [("420501-420502-001", 527500.03), ("420501-420502-002", 527505.0)] {
                try db.execute(sql: """
                    INSERT INTO "boundary_markers" ("number", "line", "left_code", "right_code", "x_cgcs2000_gk", "y_cgcs2000_gk", "epsg", "geom")
                    VALUES (?, '420501-420502', '420501', '420502', 3395000.04, ?, 4546, ST_Transform(MakePoint(?, 3395000.04, 4546), 4490))
                    """, arguments: [number, x, x])
            }
        }
        let findings = try await boundaries.check(tolerance: 0.05).findings
        #expect(findings.map(\.kind) == [.markerOffLine])
        #expect(findings.first?.marker == "420501-420502-002")
        // 5 m east of the line's apex (527500 3395000), which is the nearest point of the line.
        #expect(abs((findings.first?.distanceM ?? 0) - 5.0002) < 0.001, "\(findings.first?.distanceM ?? 0)")
    }

    @Test func aChildOutsideItsParentAndTheLandNoChildCoversAreFound() async throws {
        let database = try LinesFixture.database("parent")
        // Every vertex of a child on the city's outline is a vertex of the city's too: a
        // straight edge in EPSG:4546 is not straight in lon/lat, so a corner lying on the
        // middle of the other's edge would poke out by a few decimetres.
        try LinesFixture.put("420500", "市", """
            POLYGON((520000 3390000,520000 3400000,527000 3400000,527500 3400000,534000 3400000,534000 3390000,527500 3390000,\
            527000 3390000,520000 3390000))
            """, level: "city", in: database)
        try LinesFixture.put("420501", "A县", LinesFixture.a, parent: "420500", in: database)
        // B reaches 1 km beyond the city in the east and leaves A's eastern bulge uncovered.
        try LinesFixture.put("420502", "B县", """
            POLYGON((527500 3400000,534000 3400000,535000 3400000,535000 3390000,534000 3390000,527500 3390000,527500 3395000,527500 3400000))
            """, parent: "420500", in: database)
        let findings = try await Boundaries(database).check(tolerance: 0.001).findings
        let outside = try #require(findings.first { $0.kind == .outsideParent })
        #expect(outside.codes == ["420500", "420502"])
        #expect(abs((outside.areaM2 ?? 0) - 10_000_000) < 1)
        // Two triangles north and south of A's bulge, touching at its tip: 2 × 1 250 000 m².
        let gaps = findings.filter { $0.kind == .parentGap }
        #expect(gaps.count == 2)
        #expect(abs(gaps.compactMap(\.areaM2).reduce(0, +) - 2_500_000) < 1)
    }

    @Test func aNegativeNaNOrHugeToleranceIsRefusedNamingTheField() async throws {
        let boundaries = Boundaries(try LinesFixture.pair("bad", middle: "527500"))
        for bad in [-1, Double.nan, .infinity, 100.5, 1.5e308] {
            await #expect(throws: LinesError.invalidTolerance(field: "tolerance", value: "\(bad)")) {
                try await boundaries.check(tolerance: bad)
            }
        }
    }
}
