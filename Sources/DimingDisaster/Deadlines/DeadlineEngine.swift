import Foundation

/// Computes the deadlines of an event from its times and the times its reports arrived; no
/// database, so that TC-4's table is tested as it is written.
///
/// What meets a deadline (a counted report = any version not rejected, current or since
/// corrected — it shows the township did report):
/// - 初报: a counted report received from the onset up to onset + 2 h.
/// - 续报 due at 09:00 on day D: a report received from D 00:00 to 09:00 (it carries the
///   figures to midnight, so one sent the day before does not count). Due every day after the
///   onset while the deadline is not after the stabilisation; a drought's every 10 days from
///   the onset day instead, the window being the time since the previous follow-up.
/// - 核报: a report received after the stabilisation up to the end (24:00) of the N-th
///   working day (or calendar day) after it.
/// Deadlines are listed up to the first one still ahead of `now`.
public struct DeadlineEngine: Sendable {
    public struct Report: Sendable {
        public var root: String
        public var receivedAt: Date
        public var deadMissing: Int

        public init(root: String, receivedAt: Date, deadMissing: Int) {
            self.root = root
            self.receivedAt = receivedAt
            self.deadMissing = deadMissing
        }
    }

    public var profile: DeadlineProfile
    public var calendar: WorkingCalendar

    public init(profile: DeadlineProfile, calendar: WorkingCalendar = .china) {
        self.profile = profile
        self.calendar = calendar
    }

    /// The deadlines of an event that started at `start`, stabilised at `stabilised` (or not
    /// yet), with `reports` (counted versions), at `now`.
    public func deadlines(start: Date, stabilised: Date?, hasDailyFollowUps: Bool, reports: [Report], now: Date) -> [Deadline] {
        let arrivals = reports.map(\.receivedAt).sorted()
        func deadline(_ kind: Deadline.Kind, from: Date, due: Date) -> Deadline {
            let met = arrivals.first { $0 >= from && $0 <= due }
            let status: Deadline.Status = met != nil ? .met : (now > due ? .overdue : .open)
            return Deadline(kind: kind, windowStart: text(from), dueAt: text(due), metAt: met.map(text), status: status)
        }
        var list = [deadline(.initial, from: start, due: start.addingTimeInterval(Double(profile.initialHours) * 3600))]
        let onsetDay = calendar.day(of: start)
        let step = hasDailyFollowUps ? 1 : profile.droughtIntervalDays
        var previous = start
        var k = 1
        while k < 10_000 {
            let day = calendar.adding(k * step, to: onsetDay)
            let due = calendar.date(day, hour: profile.dailyHour)
            if let stabilised, due > stabilised { break }
            let from = hasDailyFollowUps ? calendar.date(day) : previous
            list.append(deadline(.followUp, from: from, due: due))
            previous = due
            if due > now { break }
            k += 1
        }
        if let stabilised {
            let stableDay = calendar.day(of: stabilised)
            let dueDay = profile.verifiedInWorkingDays ? calendar.working(profile.verifiedDays, after: stableDay)
                                                       : calendar.adding(profile.verifiedDays, to: stableDay)
            var verified = deadline(.verified, from: stabilised, due: calendar.date(dueDay, hour: 23, minute: 59, second: 59))
            if profile.verifiedInWorkingDays { verified.yearsWithoutHolidays = calendar.yearsWithoutTable(after: stableDay, through: dueDay) }
            list.append(verified)
        }
        return list
    }

    /// Whether the event must be escalated: dead + missing of the latest version of each
    /// report (replayed in arrival order, so `since` is when the sum first reached the
    /// threshold), or the mass-collapse flag (then due from the onset).
    public func escalation(start: Date, massCollapse: Bool, deadMissingNow: Int, reports: [Report]) -> Escalation {
        var latest = [String: Int]()
        var since: Date?
        for report in reports.sorted(by: { $0.receivedAt < $1.receivedAt }) {
            latest[report.root] = report.deadMissing
            if since == nil, latest.values.reduce(0, +) >= profile.escalationDeadMissing { since = report.receivedAt }
        }
        let byCount = deadMissingNow >= profile.escalationDeadMissing
        let from: Date? = byCount ? (since ?? start) : (massCollapse ? start : nil)
        return Escalation(required: byCount || massCollapse, deadMissing: deadMissingNow, massCollapse: massCollapse,
                          since: from.map(text), dueAt: from.map { text($0.addingTimeInterval(Double(profile.escalationHours) * 3600)) })
    }

    func text(_ date: Date) -> String { EventTime.text(date, offsetSeconds: profile.offsetSeconds) }
}
