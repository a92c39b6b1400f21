import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import Testing

/// The check skips the overlay for pairs whose outlines meet in one run of identical vertices
/// (CleanContact): pairs that only look like that must still reach the overlay.
@Suite struct CleanContactTests {
    @Test func aNeighbourInAHoleThatLeavesASliverIsStillAGap() async throws {
        // A has a 6 km × 6 km hole; B fills it but for a triangle along its eastern edge, whose
        // middle vertex lies 10 m inside: B shares the hole's four corners and three edges.
        let database = try LinesFixture.database("hole-sliver")
        try LinesFixture.put("420501", "A县", """
            POLYGON((520000 3390000,530000 3390000,530000 3400000,520000 3400000,520000 3390000),\
            (522000 3392000,522000 3398000,528000 3398000,528000 3392000,522000 3392000))
            """, in: database)
        try LinesFixture.put("420502", "B县", """
            POLYGON((522000 3392000,528000 3392000,527990 3395000,528000 3398000,522000 3398000,522000 3392000))
            """, in: database)
        let report = try await Boundaries(database).check(tolerance: 0.001)
        #expect(report.findings.map(\.kind) == [.gap])
        // Half of 10 m × 6 km.
        #expect(abs((report.findings.first?.areaM2 ?? 0) - 30_000) < 1, "\(report.findings.first?.areaM2 ?? 0)")
    }

    @Test func neighboursSharingTheirEdgeVertexForVertexHaveNoFinding() async throws {
        let report = try await Boundaries(try LinesFixture.pair("clean", middle: "527500")).check(tolerance: 0.001)
        #expect(report.findings.isEmpty)
        #expect(report.pairsChecked == 1)
    }
}
