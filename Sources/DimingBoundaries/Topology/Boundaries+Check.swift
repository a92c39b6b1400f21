import DimingCore
import Foundation
import GRDB

extension Boundaries {
    /// The topology check: `gap` and `overlap` between neighbours of the same level,
    /// `outside_parent` and `parent_gap` between parents and their children (when both are
    /// loaded), `marker_off_line`, `sides_disagree` and `invalid_geometry`. Differences within
    /// `tolerance` metres are snapped away first. Reads only; the pairs are shared out over
    /// as many read connections as the machine has cores.
    public func check(tolerance: Double = Boundaries.defaultTolerance, level: String? = nil) async throws -> TopologyReport {
        let tolerance = try LinesError.checked(tolerance: tolerance)
        try await refreshStaleLines()
        let (pairs, divisions, invalid) = try await database.pool.read { db in
            let pairs = try NeighbourPair.candidates(level: level, marginDegrees: NeighbourPair.marginDegrees(tolerance: tolerance),
                                                    clipMarginDegrees: NeighbourPair.gapMarginDegrees(tolerance: tolerance), in: db)
            let divisions = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM "divisions" WHERE geom IS NOT NULL AND (? IS NULL OR level = ?)
                """, arguments: [level, level]) ?? 0
            return (pairs, divisions, try DivisionChecks.invalid(level: level, in: db))
        }
        let invalidCodes = Set(invalid.flatMap(\.codes))
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let pairFindings = try await withThrowingTaskGroup(of: (Int, [TopologyFinding]).self) { group in
            for worker in 0..<workers {
                let share = stride(from: worker, to: pairs.count, by: workers).map { pairs[$0] }
                group.addTask {
                    try await (worker, database.pool.read { db in
                        var outlines = OutlineCache()
                        return try share.flatMap { pair -> [TopologyFinding] in
                            if !invalidCodes.contains(pair.leftCode), !invalidCodes.contains(pair.rightCode),
                               try PairCheck.isClean(pair, tolerance: tolerance, outlines: &outlines, in: db) { return [] }
                            return try PairCheck.findings(pair, tolerance: tolerance, in: db)
                        }
                    })
                }
            }
            var byWorker: [Int: [TopologyFinding]] = [:]
            for try await (worker, findings) in group { byWorker[worker] = findings }
            // The same order whatever the number of workers: by codes, then position.
            return (0..<workers).flatMap { byWorker[$0] ?? [] }.sorted {
                ($0.codes.joined(separator: "|"), $0.location.lon, $0.location.lat) < ($1.codes.joined(separator: "|"), $1.location.lon, $1.location.lat)
            }
        }
        let rest = try await database.pool.read { db in
            try DivisionChecks.parents(tolerance: tolerance, level: level, in: db)
                + LineChecks.markers(tolerance: tolerance, in: db)
                + LineChecks.sides(tolerance: tolerance, in: db)
        }
        return TopologyReport(toleranceM: tolerance, divisionsChecked: divisions, pairsChecked: pairs.count,
                              findings: invalid + pairFindings + rest)
    }
}
