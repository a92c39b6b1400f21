import DimingCore
import Foundation
import GRDB

/// 灾情汇总: an event's figures per township or county, now or as of a time.
extension Disaster {
    /// The summary of `event` at `level`, as of `asOf` (ISO 8601 with offset; now when nil).
    public func summary(event id: Int64, level: SummaryLevel = .township, asOf: String? = nil, now: Date = Date()) async throws -> EventSummary {
        let time = try asOf.map { text in
            guard let time = EventTime(parsing: text) else { throw EventsError.invalidTime(field: "as_of", value: text) }
            return time
        }
        return try await database.pool.read { db in
            let event = try EventStore.fetch(id, in: db)
            let grouped = try SummaryStore.grouped(event: id, level: level, asOf: time, in: db)
            var rows = [String: SummaryRow]()
            for division in try SummaryStore.covered(event, level: level, in: db) {
                rows[division.code] = SummaryRow(division: division.code, name: division.name, figures: .zero)
            }
            var unassigned = SummaryFigures.zero
            for group in grouped {
                guard let code = group.code else {
                    unassigned = unassigned + group.figures
                    continue
                }
                var row = try rows[code] ?? SummaryRow(division: code, name: EventStore.division(code, in: db)?.name ?? group.name ?? code,
                                                       figures: .zero)
                row.figures = row.figures + group.figures
                rows[code] = row
            }
            return EventSummary(event: id, eventName: event.name, asOf: (time ?? EventTime(now)).utc, level: level,
                                rows: rows.values.sorted { $0.division < $1.division }, unassigned: unassigned)
        }
    }
}
