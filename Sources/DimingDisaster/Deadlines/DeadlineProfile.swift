import Foundation

/// The clocks of an event's reports (disaster.md §3.2, TC-4), by county rule. Every value is
/// configurable; the two named profiles are the ones the note found in provincial plans.
public struct DeadlineProfile: Sendable, Equatable, Encodable {
    public var name: String
    /// 初报: hours after the onset.
    public var initialHours: Int
    /// 续报 (24-hour zero report): the local hour each day it is due, figures to the previous midnight.
    public var dailyHour: Int
    /// Drought follow-ups: every this many days instead of the daily report.
    public var droughtIntervalDays: Int
    /// 核报: this many working days (from the holiday table) or calendar days after stabilisation.
    public var verifiedDays: Int
    public var verifiedInWorkingDays: Bool
    /// Escalation (county → province and MEM at the same time) at this many dead + missing …
    public var escalationDeadMissing: Int
    /// … within this many hours.
    public var escalationHours: Int
    /// The local offset the clocks read (China Standard Time, +08:00).
    public var offsetSeconds: Int

    enum CodingKeys: String, CodingKey {
        case name, offset
        case initialHours = "initial_hours", dailyHour = "daily_hour", droughtIntervalDays = "drought_interval_days"
        case verifiedDays = "verified_days", verifiedInWorkingDays = "verified_in_working_days"
        case escalationDeadMissing = "escalation_dead_missing", escalationHours = "escalation_hours"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(initialHours, forKey: .initialHours)
        try c.encode(dailyHour, forKey: .dailyHour)
        try c.encode(droughtIntervalDays, forKey: .droughtIntervalDays)
        try c.encode(verifiedDays, forKey: .verifiedDays)
        try c.encode(verifiedInWorkingDays, forKey: .verifiedInWorkingDays)
        try c.encode(escalationDeadMissing, forKey: .escalationDeadMissing)
        try c.encode(escalationHours, forKey: .escalationHours)
        try c.encode(String(EventTime.text(.init(timeIntervalSince1970: 0), offsetSeconds: offsetSeconds).suffix(6)), forKey: .offset)
    }

    /// 2 h / 09:00 / 核报 in 2 working days (the "2-2-2 / 09-10-12 / 2-3-5" plans, county level).
    public static let standard = DeadlineProfile(name: "working-2", initialHours: 2, dailyHour: 9, droughtIntervalDays: 10,
                                                 verifiedDays: 2, verifiedInWorkingDays: true, escalationDeadMissing: 10,
                                                 escalationHours: 2, offsetSeconds: 8 * 3600)
    /// The same with 核报 in 5 calendar days (the "5 d / 5 d / 10 d" reading of the national system).
    public static let calendarFive: DeadlineProfile = {
        var profile = standard
        profile.name = "calendar-5"
        profile.verifiedDays = 5
        profile.verifiedInWorkingDays = false
        return profile
    }()

    public static let all: [DeadlineProfile] = [standard, calendarFive]

    /// The profile named `name`, or nil.
    public static func named(_ name: String) -> DeadlineProfile? {
        all.first { $0.name == name }
    }
}
