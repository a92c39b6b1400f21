import DimingCore
import Foundation
import GRDB

extension EventDeadlines {
    /// The deadlines with each one that no report met marked met by an approved filing of its
    /// kind (初报 → initial, 续报 → follow_up, 核报 → final) approved within its window; `met_at`
    /// is the approval. A deadline already met by a report keeps its report's time.
    func meeting(approvedFilings filings: [(kind: FilingKind, approvedAt: Date)], engine: DeadlineEngine) -> EventDeadlines {
        var out = self
        out.deadlines = deadlines.map { deadline in
            guard deadline.status != .met, let from = EventTime(parsing: deadline.windowStart)?.date,
                  let due = EventTime(parsing: deadline.dueAt)?.date else { return deadline }
            let kind: FilingKind = switch deadline.kind {
            case .initial: .initial
            case .followUp: .followUp
            case .verified: .final
            }
            guard let approved = filings.filter({ $0.kind == kind && $0.approvedAt >= from && $0.approvedAt <= due })
                .map(\.approvedAt).min() else { return deadline }
            var met = deadline
            met.status = .met
            met.metAt = engine.text(approved)
            return met
        }
        return out
    }
}

extension FilingStore {
    /// The event's approved filings: their kind and when they were approved.
    static func approved(event: Int64, in db: Database) throws -> [(kind: FilingKind, approvedAt: Date)] {
        try Row.fetchAll(db, sql: """
            SELECT "kind", "decided_at" FROM "disaster_filings" WHERE "event" = ? AND "state" = 'approved'
            """, arguments: [event]).compactMap { row in
            guard let kind = FilingKind(rawValue: row["kind"]), let at = EventTime(parsing: row["decided_at"])?.date else { return nil }
            return (kind, at)
        }
    }
}
