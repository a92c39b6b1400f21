import DimingCore
import Foundation
import GRDB

/// The lines whose divisions changed since they were derived. The trigger of
/// `boundaries-004-stale-lines` records the code of every division whose geometry changes, by
/// whatever path (the feature editor, an import, SQL); the next read of the lines derives the
/// lines touching those divisions again, keeping the previous versions (a boundary inspector
/// never sees a line that no longer follows its divisions).
enum StaleLines {
    /// Who the audit log names for a re-derivation: no one asked for it, a division changed.
    static let account = Account.local(user: "boundaries")

    /// Whether any division changed since its lines were derived (a cheap read).
    static func any(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \"boundary_lines_stale\")") ?? false
    }

    /// Derives again the lines of the changed divisions that have lines (a division without
    /// any was never derived: `boundary lines` adds it), with the tolerance they were derived
    /// with, then forgets the changes.
    static func rederive(in db: Database) throws -> LineDerivation {
        let codes = try String.fetchAll(db, sql: """
            SELECT s."code" FROM "boundary_lines_stale" s
            WHERE EXISTS (SELECT 1 FROM "boundary_lines" l WHERE l."left_code" = s."code" OR l."right_code" = s."code")
            ORDER BY s."code"
            """)
        try db.execute(sql: "DELETE FROM \"boundary_lines_stale\"")
        guard !codes.isEmpty else { return LineDerivation() }
        let tolerance = try Double.fetchOne(db, sql: """
            SELECT max("tolerance_m") FROM "boundary_lines"
            WHERE "left_code" IN (SELECT value FROM json_each(?1)) OR "right_code" IN (SELECT value FROM json_each(?1))
            """, arguments: [NeighbourPair.jsonArray(codes)]) ?? Boundaries.defaultTolerance
        return try Boundaries.derive(tolerance: tolerance, level: nil, divisions: Set(codes),
                                     reason: "division changed: \(codes.joined(separator: ","))", account: account, in: db)
    }

    /// After a derivation of `level` (all when nil): its divisions are up to date.
    static func forget(level: String?, in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM "boundary_lines_stale"
            WHERE ? IS NULL OR "code" IN (SELECT "code" FROM "divisions" WHERE "level" = ?)
            """, arguments: [level, level])
    }
}
