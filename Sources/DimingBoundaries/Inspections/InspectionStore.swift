import DimingCore
import Foundation
import GRDB

/// The `inspection_rounds` rows and the `inspections` layer's findings.
enum InspectionStore {
    static func round(_ id: String, in db: Database) throws -> InspectionRound {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM \"inspection_rounds\" WHERE \"id\" = ?", arguments: [id]) else {
            throw InspectionsError.unknownRound(id)
        }
        return roundRecord(row)
    }

    static func rounds(line: String?, in db: Database) throws -> [InspectionRound] {
        try Row.fetchAll(db, sql: """
            SELECT * FROM "inspection_rounds" WHERE ? IS NULL OR "line" = ? ORDER BY "started_on", "created_at"
            """, arguments: [line, line]).map(roundRecord)
    }

    static func insert(_ r: InspectionRound, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "inspection_rounds" ("id", "line", "round", "started_on", "finished_on", "team_left", "team_right", "documents",
                "report_number", "tolerance_m", "line_version", "created_by", "created_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [r.id, r.line, r.round, r.startedOn, r.finishedOn, r.teamLeft, r.teamRight,
                             r.documents.isEmpty ? nil : MarkerStore.json(r.documents), r.reportNumber, r.toleranceM, r.lineVersion,
                             r.createdBy, r.createdAt])
    }

    private static let findingColumns = """
        i."uid", i."round", i."line", i."marker", i."kind", i."inspection_date", i."measured_x_gk", i."measured_y_gk", i."epsg", \
        i."displacement_m", i."bearing_deg", i."within_tolerance", i."note", i."recorded_by", X(i."geom") AS "lon", Y(i."geom") AS "lat"
        """

    static func findings(round: String, in db: Database) throws -> [InspectionFinding] {
        try Row.fetchAll(db, sql: """
            SELECT \(findingColumns) FROM "inspections" i WHERE i."round" = ? ORDER BY i."marker" IS NULL, i."marker", i."id"
            """, arguments: [round]).map(findingRecord)
    }

    static func finding(uid: String, in db: Database) throws -> InspectionFinding? {
        try Row.fetchOne(db, sql: "SELECT \(findingColumns) FROM \"inspections\" i WHERE i.\"uid\" = ?", arguments: [uid]).map(findingRecord)
    }

    /// Every finding of `marker` over all rounds, oldest round first: one query.
    static func history(marker: String, in db: Database) throws -> [InspectionFinding] {
        try Row.fetchAll(db, sql: """
            SELECT \(findingColumns) FROM "inspections" i JOIN "inspection_rounds" r ON r."id" = i."round"
            WHERE i."marker" = ? ORDER BY r."started_on", r."created_at", i."id"
            """, arguments: [marker]).map(findingRecord)
    }

    /// The uid of `marker`'s finding in `round`, if one was recorded.
    static func existing(round: String, marker: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT \"uid\" FROM \"inspections\" WHERE \"round\" = ? AND \"marker\" = ?", arguments: [round, marker])
    }

    /// Writes `f` (a new row, or the row `replacing` of the same round and marker).
    static func save(_ f: InspectionFinding, round: InspectionRound, sides: LineSides, replacing: String?, in db: Database) throws {
        let values: StatementArguments = [f.round, f.line, sides.leftCode, sides.rightCode, f.marker, f.kind.rawValue, f.inspectionDate,
                                          f.measured?.x, f.measured?.y, f.measured.map { Int($0.epsg) }, f.displacementM, f.bearingDeg,
                                          f.withinTolerance, f.note, f.recordedBy, f.position.lon, f.position.lat]
        if let replacing {
            try db.execute(sql: """
                UPDATE "inspections" SET "round" = ?, "line" = ?, "left_code" = ?, "right_code" = ?, "marker" = ?, "kind" = ?,
                    "inspection_date" = ?, "measured_x_gk" = ?, "measured_y_gk" = ?, "epsg" = ?, "displacement_m" = ?, "bearing_deg" = ?,
                    "within_tolerance" = ?, "note" = ?, "recorded_by" = ?, "geom" = MakePoint(?, ?, 4490) WHERE "uid" = ?
                """, arguments: values + [replacing])
        } else {
            try db.execute(sql: """
                INSERT INTO "inspections" ("uid", "round", "line", "left_code", "right_code", "marker", "kind", "inspection_date",
                    "measured_x_gk", "measured_y_gk", "epsg", "displacement_m", "bearing_deg", "within_tolerance", "note", "recorded_by", "geom")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, MakePoint(?, ?, 4490))
                """, arguments: [f.id] + values)
        }
    }

    /// `marker`'s condition from its latest round that recorded one (nil before any).
    static func latestCondition(marker: String, in db: Database) throws -> MarkerCondition? {
        try String.fetchOne(db, sql: """
            SELECT i."kind" FROM "inspections" i JOIN "inspection_rounds" r ON r."id" = i."round"
            WHERE i."marker" = ? AND i."kind" IN ('intact', 'damaged', 'moved', 'missing')
            ORDER BY r."started_on" DESC, r."created_at" DESC LIMIT 1
            """, arguments: [marker]).flatMap(MarkerCondition.init(rawValue:))
    }

    private static func roundRecord(_ row: Row) -> InspectionRound {
        let documents: String? = row["documents"]
        return InspectionRound(id: row["id"], line: row["line"], round: row["round"], startedOn: row["started_on"], finishedOn: row["finished_on"],
                               teamLeft: row["team_left"], teamRight: row["team_right"],
                               documents: documents.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [],
                               reportNumber: row["report_number"], toleranceM: row["tolerance_m"], lineVersion: row["line_version"],
                               createdBy: row["created_by"], createdAt: row["created_at"])
    }

    private static func findingRecord(_ row: Row) -> InspectionFinding {
        let epsg: Int? = row["epsg"]
        let x: Double? = row["measured_x_gk"], y: Double? = row["measured_y_gk"]
        let measured = x.flatMap { x in y.flatMap { y in epsg.map { SurveyedPoint(x: x, y: y, epsg: Int32($0)) } } }
        return InspectionFinding(id: row["uid"], round: row["round"], line: row["line"], marker: row["marker"],
                                 kind: FindingKind(rawValue: row["kind"]) ?? .other, inspectionDate: row["inspection_date"], measured: measured,
                                 displacementM: row["displacement_m"], bearingDeg: row["bearing_deg"], withinTolerance: row["within_tolerance"],
                                 note: row["note"], recordedBy: row["recorded_by"], position: Position(lon: row["lon"] ?? 0, lat: row["lat"] ?? 0))
    }
}
