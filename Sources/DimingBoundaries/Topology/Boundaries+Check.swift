import DimingCore
import GRDB

extension Boundaries {
    /// The topology check: `gap` and `overlap` between neighbours of the same level,
    /// `outside_parent` and `parent_gap` between parents and their children (when both are
    /// loaded), `marker_off_line`, `sides_disagree` and `invalid_geometry`. Differences within
    /// `tolerance` metres are snapped away first. Reads only.
    public func check(tolerance: Double = Boundaries.defaultTolerance, level: String? = nil) async throws -> TopologyReport {
        let tolerance = try LinesError.checked(tolerance: tolerance)
        return try await database.pool.read { db in
            let pairs = try NeighbourPair.candidates(level: level, marginDegrees: NeighbourPair.marginDegrees(tolerance: tolerance),
                                                    clipMarginDegrees: NeighbourPair.gapMarginDegrees(tolerance: tolerance), in: db)
            var findings = try DivisionChecks.invalid(level: level, in: db)
            for pair in pairs {
                findings += try PairCheck.findings(pair, tolerance: tolerance, in: db)
            }
            findings += try DivisionChecks.parents(tolerance: tolerance, level: level, in: db)
            findings += try LineChecks.markers(tolerance: tolerance, in: db)
            findings += try LineChecks.sides(tolerance: tolerance, in: db)
            let divisions = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM "divisions" WHERE geom IS NOT NULL AND (? IS NULL OR level = ?)
                """, arguments: [level, level]) ?? 0
            return TopologyReport(toleranceM: tolerance, divisionsChecked: divisions, pairsChecked: pairs.count, findings: findings)
        }
    }
}
