import DimingCore
import Foundation
import GRDB

extension Boundaries {
    /// Topology-preserving simplification of the divisions of `level` (or only `codes`): each
    /// border two divisions share is simplified once (Douglas–Peucker, `tolerance` metres in
    /// the Gauss-Krüger zone of the file), so that neighbours gain no gap and no overlap
    /// (boundary.md §4.3, case T4). A display copy: nothing is written.
    public func simplify(level: DivisionLevel = .county, tolerance: Double, codes: [String] = []) async throws -> Simplification {
        let tolerance = try SimplifyError.tolerance(tolerance, field: "tolerance")
        return try await database.pool.read { db in
            let projection = try SettingsStore.metricProjection(in: db)
            var sql = "SELECT code, name, level, geom, ST_Transform(geom, ?) AS planar FROM divisions WHERE geom IS NOT NULL"
            var arguments: StatementArguments = [projection.epsg]
            if codes.isEmpty {
                sql += " AND level = ?"
                _ = arguments.append(contentsOf: [level.rawValue])
            } else {
                sql += " AND code IN (\(codes.map { _ in "?" }.joined(separator: ",")))"
                _ = arguments.append(contentsOf: StatementArguments(codes))
            }
            let rows = try Row.fetchAll(db, sql: sql + " ORDER BY code", arguments: arguments)
            let found = Set(rows.map { $0["code"] as String })
            if let missing = codes.first(where: { !found.contains($0) }) { throw ExportError.unknownCode(missing, field: "codes") }
            let shapes = try rows.map { row in
                guard let stored = try row.geometry(at: Column("geom")), let planar = try row.geometry(at: Column("planar")) else {
                    throw ExportError.noProjection(row["code"], epsg: projection.epsg)
                }
                return (stored: stored, planar: planar)
            }
            let result = try SimplifyRun.run(shapes, tolerance: tolerance, in: db)
            let divisions = rows.indices.map { i in
                SimplifiedDivision(code: rows[i]["code"], name: rows[i]["name"], level: rows[i]["level"], geometry: result.geometries[i],
                                   verticesBefore: shapes[i].stored.positionCount, verticesAfter: result.geometries[i].positionCount,
                                   valid: result.valid[i], relaxed: result.relaxed.contains(i))
            }
            return Simplification(toleranceM: tolerance, epsg: projection.epsg, divisions: divisions, arcs: result.arcs,
                                  sharedArcs: result.sharedArcs)
        }
    }
}
