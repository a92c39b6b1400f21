import DimingCore

/// An event's reporting deadlines at a time `now` (TC-4), and whether it must be escalated.
public struct EventDeadlines: Sendable, Equatable, Encodable {
    public var event: Int64
    public var now: String
    public var profile: DeadlineProfile
    public var deadlines: [Deadline]
    public var escalation: Escalation
}

/// One deadline: what is due when, and whether a counted report arrived in time.
public struct Deadline: Sendable, Equatable, Encodable {
    public enum Kind: String, Sendable, Encodable {
        /// 初报: the first report, hours after the onset.
        case initial
        /// 续报: the daily zero report (figures to the previous midnight), or a drought's 10-day follow-up.
        case followUp = "follow_up"
        /// 核报: the verified report, days after stabilisation.
        case verified

        public var label: LocalizedText {
            switch self {
            case .initial: LocalizedText("初报", "Initial report")
            case .followUp: LocalizedText("续报", "Follow-up report")
            case .verified: LocalizedText("核报", "Verified report")
            }
        }
    }

    public enum Status: String, Sendable, Encodable {
        case met, open, overdue

        public var label: LocalizedText {
            switch self {
            case .met: LocalizedText("已按时报送", "Met")
            case .open: LocalizedText("待报送", "Open")
            case .overdue: LocalizedText("已逾期", "Overdue")
            }
        }
    }

    public var kind: Kind
    /// When the reports counted for it may start arriving (local time).
    public var windowStart: String
    public var dueAt: String
    /// The first counted report received in the window, if any.
    public var metAt: String?
    public var status: Status
    /// 核报 in working days: the years it counted in without a row of the holiday table
    /// (``HolidayTable``), where Monday–Friday was assumed; empty otherwise.
    public var yearsWithoutHolidays: [Int] = []

    enum CodingKeys: String, CodingKey {
        case kind, status
        case windowStart = "window_start", dueAt = "due_at", metAt = "met_at", yearsWithoutHolidays = "years_without_holidays"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(windowStart, forKey: .windowStart)
        try c.encode(dueAt, forKey: .dueAt)
        try c.encode(metAt, forKey: .metAt)
        try c.encode(status, forKey: .status)
        try c.encode(yearsWithoutHolidays, forKey: .yearsWithoutHolidays)
    }
}

/// 越级上报: 10 or more dead + missing (or a mass house collapse) → the county reports to the
/// province and MEM at the same time, within 2 h of the threshold being reached.
public struct Escalation: Sendable, Equatable, Encodable {
    public var required: Bool
    /// Dead + missing over the event's current counted reports.
    public var deadMissing: Int
    public var massCollapse: Bool
    /// When the threshold was first reached (the report that reached it), and the report's deadline.
    public var since: String?
    public var dueAt: String?

    enum CodingKeys: String, CodingKey {
        case required, since
        case deadMissing = "dead_missing", massCollapse = "mass_collapse", dueAt = "due_at"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(required, forKey: .required)
        try c.encode(deadMissing, forKey: .deadMissing)
        try c.encode(massCollapse, forKey: .massCollapse)
        try c.encode(since, forKey: .since)
        try c.encode(dueAt, forKey: .dueAt)
    }
}
