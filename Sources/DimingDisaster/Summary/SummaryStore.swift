import DimingCore
import Foundation
import GRDB

/// The SQL of the summaries: the counted versions of an event's reports grouped by division,
/// and the divisions the event covers (so that a township with nothing reported shows as 0).
///
/// Counted: not rejected, and current — now, or at `as_of`: received at or before it and not
/// superseded by then. The review state is today's: a version rejected later is left out of
/// a summary as of an earlier time too, since a rejected version never counts (ReviewState).
enum SummaryStore {
    static func grouped(event: Int64, level: SummaryLevel, asOf: EventTime?, in db: Database) throws -> [(code: String?, name: String?, figures: SummaryFigures)] {
        let group = level == .township ? "township_code" : "county_code"
        let sums = Indicator.allCases.map { "SUM(\"\($0.column)\") AS \"\($0.column)\"" }.joined(separator: ", ")
        var sql = """
            SELECT "\(group)" AS "code", MAX("township_name") AS "name", COUNT(*) AS "reports", \(sums)
            FROM "disaster_reports" WHERE "event" = ? AND "review_state" <> 'rejected'
            """
        var arguments: StatementArguments = [event]
        if let asOf {
            sql += """
                 AND julianday("received_at") <= julianday(?) AND ("superseded_at" IS NULL OR julianday("superseded_at") > julianday(?))
                """
            arguments += [asOf.utc, asOf.utc]
        } else {
            sql += " AND \"is_current\" = 1"
        }
        sql += " GROUP BY \"\(group)\" ORDER BY \"\(group)\""
        var groups = [(code: String?, name: String?, figures: SummaryFigures)]()
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            var indicators = Indicators.zero
            for indicator in Indicator.allCases { indicators[indicator] = row[indicator.column] ?? 0 }
            let code: String? = row["code"], name: String? = row["name"], reports: Int = row["reports"]
            groups.append((code, level == .township ? name : nil, SummaryFigures(indicators: indicators, reports: reports)))
        }
        return groups
    }

    /// The divisions at `level` inside (or equal to) the event's divisions, with their names.
    static func covered(_ event: DisasterEvent, level: SummaryLevel, in db: Database) throws -> [(code: String, name: String)] {
        let wanted: DivisionLevel = level == .township ? .township : .county
        var found = [String: String]()
        for text in event.divisions {
            guard let code = DivisionCode(text) else { continue }
            let rows = try Row.fetchAll(db, sql: """
                SELECT "code", "name" FROM "divisions" WHERE substr("code", 1, ?) = ?
                """, arguments: [code.significantDigits.count, String(code.significantDigits)])
            for row in rows {
                let name: String = row["name"]
                guard let inner = DivisionCode(row["code"]) else { continue }
                if inner.level == wanted, inner == code || code.contains(inner) { found[inner.digits] = name }
            }
            // A township event summarised per county: the county it lies in.
            if level == .county, code.level > .county, let county = code.impliedParentAt(.county),
               let name = try String.fetchOne(db, sql: "SELECT \"name\" FROM \"divisions\" WHERE \"code\" = ?", arguments: [county.digits]) {
                found[county.digits] = name
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

extension DivisionCode {
    /// The division at `level` holding this one, by the code's shape.
    func impliedParentAt(_ level: DivisionLevel) -> DivisionCode? {
        var code: DivisionCode? = self
        while let c = code, c.level > level { code = c.impliedParent }
        return code?.level == level ? code : nil
    }
}
