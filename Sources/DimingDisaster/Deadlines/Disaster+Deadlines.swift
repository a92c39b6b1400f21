import DimingCore
import Foundation
import GRDB

/// 报送时限: an event's 初报, 续报 and 核报 deadlines and its escalation, at a time.
extension Disaster {
    /// The deadlines of `event` at `now` (ISO 8601 with offset; the current time when nil).
    public func deadlines(event id: Int64, now nowText: String? = nil, clock: Date = Date()) async throws -> EventDeadlines {
        let now = try nowText.map { text in
            guard let time = EventTime(parsing: text) else { throw EventsError.invalidTime(field: "now", value: text) }
            return time
        } ?? EventTime(clock)
        let (event, reports, approved) = try await database.pool.read { db in
            let event = try EventStore.fetch(id, in: db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT "root", "received_at", "dead" + "missing" AS "dead_missing" FROM "disaster_reports"
                WHERE "event" = ? AND "review_state" <> 'rejected'
                """, arguments: [id])
            let reports = rows.compactMap { row -> DeadlineEngine.Report? in
                guard let received = EventTime(parsing: row["received_at"]) else { return nil }
                return DeadlineEngine.Report(root: row["root"], receivedAt: received.date, deadMissing: row["dead_missing"])
            }
            return (event, reports, try FilingStore.approved(event: id, in: db))
        }
        let figures = try await summary(event: id, asOf: now.text)
        let profile = event.deadlineProfile.flatMap(DeadlineProfile.named) ?? .standard
        let engine = DeadlineEngine(profile: profile)
        guard let start = EventTime(parsing: event.startedAt) else { throw EventsError.invalidTime(field: "start", value: event.startedAt) }
        let stabilised = event.stabilisedAt.flatMap(EventTime.init(parsing:)).flatMap { $0.date <= now.date ? $0.date : nil }
        let known = reports.filter { $0.receivedAt <= now.date }
        let deadlines = engine.deadlines(start: start.date, stabilised: stabilised, hasDailyFollowUps: event.hazard.hasDailyFollowUps,
                                         reports: known, now: now.date)
        let total = figures.total.indicators
        let escalation = engine.escalation(start: start.date, massCollapse: event.massCollapse,
                                           deadMissingNow: total[.dead] + total[.missing], reports: known)
        return EventDeadlines(event: id, now: engine.text(now.date), profile: profile, deadlines: deadlines, escalation: escalation)
            .meeting(approvedFilings: approved.filter { $0.approvedAt <= now.date }, engine: engine)
    }
}
