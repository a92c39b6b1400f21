import DimingCore
import GRDB

/// 联检报告: a round with its line, the line's markers and every finding of the round.
extension Boundaries {
    public func report(round id: String) async throws -> InspectionReport {
        try await database.pool.read { db in
            let round = try InspectionStore.round(id, in: db)
            return InspectionReport(round: round, line: try ReportLine.fetch(round.line, in: db),
                                    markers: try MarkerStore.fetch(line: round.line, in: db),
                                    findings: try InspectionStore.findings(round: id, in: db))
        }
    }
}

/// The line as the report draws it (the lines area writes it; the report only reads).
enum ReportLine {
    static func fetch(_ code: String, in db: Database) throws -> BoundaryLine {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT "code", "left_code", "right_code", "left_name", "right_name", "level", "length_m", "agreement", "description",
                   "version", "tolerance_m", "derived_at", "geom" FROM "boundary_lines" WHERE "code" = ?
            """, arguments: [code]) else { throw MarkersError.unknownLine(code) }
        return BoundaryLine(code: row["code"], leftCode: row["left_code"], rightCode: row["right_code"], leftName: row["left_name"],
                            rightName: row["right_name"], level: row["level"], lengthM: row["length_m"] ?? 0, agreement: row["agreement"],
                            description: row["description"], version: row["version"], toleranceM: row["tolerance_m"],
                            derivedAt: row["derived_at"], geometry: try row.geometry(at: Column("geom")) ?? .multiLineString([]))
    }
}

extension InspectionReport {
    /// Each marker of the line with its finding in this round (nil: not inspected).
    public var markerRows: [(marker: BoundaryMarker, finding: InspectionFinding?)] {
        let byMarker = Dictionary(findings.compactMap { f in f.marker.map { ($0, f) } }, uniquingKeysWith: { a, _ in a })
        return markers.map { ($0, byMarker[$0.number]) }
    }

    /// The findings between markers (construction, terrain change …).
    public var alongLine: [InspectionFinding] { findings.filter { $0.marker == nil } }

    /// How many markers were found in each condition; `nil` key: not inspected.
    public var counts: [MarkerCondition?: Int] {
        var counts = [MarkerCondition?: Int]()
        for row in markerRows { counts[row.finding?.kind.markerCondition, default: 0] += 1 }
        return counts
    }

    public func summary(in language: Language) -> String {
        let c = counts
        return ReportMessages.summary.text(language, ["total": String(markers.count), "intact": String(c[.intact] ?? 0),
                                                      "damaged": String(c[.damaged] ?? 0), "moved": String(c[.moved] ?? 0),
                                                      "missing": String(c[.missing] ?? 0), "unchecked": String(c[nil] ?? 0)])
    }
}
