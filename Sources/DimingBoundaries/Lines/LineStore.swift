import DimingCore
import Foundation
import GRDB

/// The rows of `boundary_lines` and `boundary_line_versions`.
enum LineStore {
    static let columns = """
        "code", "left_code", "right_code", "left_name", "right_name", "level", "length_m", "agreement", "description", \
        "version", "tolerance_m", "derived_at", "geom"
        """

    static func line(_ row: Row) throws -> BoundaryLine {
        BoundaryLine(code: row["code"], leftCode: row["left_code"], rightCode: row["right_code"], leftName: row["left_name"],
                     rightName: row["right_name"], level: row["level"], lengthM: row["length_m"] ?? 0, agreement: row["agreement"],
                     description: row["description"], version: row["version"], toleranceM: row["tolerance_m"],
                     derivedAt: row["derived_at"], geometry: try row.geometry(at: Column("geom")) ?? .multiLineString([]))
    }

    static func lines(division: String?, scope: AccessScope, in db: Database) throws -> [BoundaryLine] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM "boundary_lines" WHERE ? IS NULL OR "left_code" = ? OR "right_code" = ? ORDER BY "code"
            """, arguments: [division, division, division])
        return try rows.map(line).filter { scope.allows(divisionCode: $0.leftCode) || scope.allows(divisionCode: $0.rightCode) }
    }

    static func line(_ code: String, scope: AccessScope, in db: Database) throws -> BoundaryLine {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM \"boundary_lines\" WHERE \"code\" = ?", arguments: [code]),
              case let line = try line(row), scope.allows(divisionCode: line.leftCode) || scope.allows(divisionCode: line.rightCode)
        else { throw LinesError.unknownLine(code) }
        return line
    }

    static func versions(_ code: String, in db: Database) throws -> [BoundaryLineVersion] {
        try Row.fetchAll(db, sql: """
            SELECT "code", "version", "length_m", "agreement", "derived_at", "replaced_at", "reason", "geom"
            FROM "boundary_line_versions" WHERE "code" = ? ORDER BY "version"
            """, arguments: [code]).map { row in
            BoundaryLineVersion(code: row["code"], version: row["version"], lengthM: row["length_m"], agreement: row["agreement"],
                                derivedAt: row["derived_at"], replacedAt: row["replaced_at"], reason: row["reason"],
                                geometry: try row.geometry(at: Column("geom")))
        }
    }

    /// The stored geometry and version of each line of `level` (all when nil), with a side in
    /// `divisions` when given, by code.
    static func stored(level: String?, divisions: Set<String>? = nil, in db: Database) throws -> [String: (version: Int, blob: Data?)] {
        var stored: [String: (version: Int, blob: Data?)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT "code", "version", "geom" FROM "boundary_lines" WHERE (:level IS NULL OR "level" = :level)
              AND (:codes IS NULL OR "left_code" IN (SELECT value FROM json_each(:codes)) OR "right_code" IN (SELECT value FROM json_each(:codes)))
            """, arguments: ["level": level, "codes": divisions.map { NeighbourPair.jsonArray($0.sorted()) }]) {
            stored[row[0]] = (row[1], row[2])
        }
        return stored
    }

    /// Copies the current row of `code` to the versions, stamped `now` with `reason`.
    static func keepVersion(_ code: String, reason: String, now: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "boundary_line_versions" ("code", "version", "left_code", "right_code", "length_m", "agreement",
                                                  "tolerance_m", "derived_at", "replaced_at", "reason", "geom")
            SELECT "code", "version", "left_code", "right_code", "length_m", "agreement", "tolerance_m", "derived_at", ?, ?, "geom"
            FROM "boundary_lines" WHERE "code" = ?
            """, arguments: [now, reason, code])
    }

    static func insert(_ line: DerivedLine, tolerance: Double, now: String, in db: Database) throws {
        let pair = line.pair
        try db.execute(sql: """
            INSERT INTO "boundary_lines" ("code", "left_code", "right_code", "left_name", "right_name", "level", "length_m",
                                          "version", "tolerance_m", "derived_at", "geom")
            VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
            """, arguments: [BoundaryLine.code(pair.leftCode, pair.rightCode), pair.leftCode, pair.rightCode, pair.leftName,
                             pair.rightName, pair.level, line.lengthM, tolerance, now, line.blob])
    }

    /// The new geometry of a changed line: its code and agreement stay, its version goes up.
    static func replace(_ line: DerivedLine, tolerance: Double, now: String, in db: Database) throws {
        let pair = line.pair
        try db.execute(sql: """
            UPDATE "boundary_lines" SET "left_name" = ?, "right_name" = ?, "level" = ?, "length_m" = ?, "version" = "version" + 1,
                   "tolerance_m" = ?, "derived_at" = ?, "geom" = ?
            WHERE "code" = ?
            """, arguments: [pair.leftName, pair.rightName, pair.level, line.lengthM, tolerance, now, line.blob,
                             BoundaryLine.code(pair.leftCode, pair.rightCode)])
    }

    static func remove(_ code: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM \"boundary_lines\" WHERE \"code\" = ?", arguments: [code])
    }

    static func setAgreement(_ code: String, _ agreement: String?, in db: Database) throws -> (before: String?, after: String?) {
        guard let before = try Row.fetchOne(db, sql: "SELECT \"agreement\" FROM \"boundary_lines\" WHERE \"code\" = ?", arguments: [code])
        else { throw LinesError.unknownLine(code) }
        try db.execute(sql: "UPDATE \"boundary_lines\" SET \"agreement\" = ? WHERE \"code\" = ?", arguments: [agreement, code])
        return (before[0], agreement)
    }

    static var now: String { ISO8601DateFormatter().string(from: Date()) }
}
