import DimingCore
import DimingDisaster
import Foundation
import Testing

/// TC-4's table: 初报 2 h after the onset, the daily zero report by 09:00, 核报 in working days
/// from the holiday table (or calendar days), escalation at 10 dead + missing.
@Suite struct DeadlineTests {
    static func time(_ text: String) -> Date { EventTime(parsing: text)!.date }
    static let onset = time("2025-07-10T03:00+08:00")

    static func report(_ at: String, root: String = UUID().uuidString, deadMissing: Int = 0) -> DeadlineEngine.Report {
        DeadlineEngine.Report(root: root, receivedAt: time(at), deadMissing: deadMissing)
    }

    @Test func initialReportDueTwoHoursAfterTheOnset() {
        let engine = DeadlineEngine(profile: .standard)
        let late = engine.deadlines(start: Self.onset, stabilised: nil, hasDailyFollowUps: true, reports: [], now: Self.time("2025-07-10T06:00+08:00"))
        #expect(late[0].kind == .initial && late[0].dueAt == "2025-07-10T05:00:00+08:00" && late[0].status == .overdue)
        let filed = engine.deadlines(start: Self.onset, stabilised: nil, hasDailyFollowUps: true,
                                     reports: [Self.report("2025-07-10T04:40+08:00")], now: Self.time("2025-07-10T06:00+08:00"))
        #expect(filed[0].status == .met && filed[0].metAt == "2025-07-10T04:40:00+08:00")
        let waiting = engine.deadlines(start: Self.onset, stabilised: nil, hasDailyFollowUps: true, reports: [], now: Self.time("2025-07-10T04:00+08:00"))
        #expect(waiting[0].status == .open)
    }

    @Test func zeroReportsDueEveryDayAtNineUntilStable() {
        let engine = DeadlineEngine(profile: .standard)
        let reports = [Self.report("2025-07-10T04:40+08:00"), Self.report("2025-07-11T08:30+08:00"),
                       // Sent the afternoon before: figures not to midnight, so it does not meet 07-13.
                       Self.report("2025-07-12T15:00+08:00")]
        let list = engine.deadlines(start: Self.onset, stabilised: nil, hasDailyFollowUps: true, reports: reports,
                                    now: Self.time("2025-07-13T10:00+08:00"))
        let followUps = list.filter { $0.kind == .followUp }
        #expect(followUps.map(\.dueAt) == ["2025-07-11T09:00:00+08:00", "2025-07-12T09:00:00+08:00", "2025-07-13T09:00:00+08:00",
                                           "2025-07-14T09:00:00+08:00"])
        #expect(followUps.map(\.status) == [.met, .overdue, .overdue, .open])
        #expect(followUps[0].windowStart == "2025-07-11T00:00:00+08:00")
        // Stable on 07-18 at 10:00: the last zero report is 07-18's, then the 核报.
        let stable = engine.deadlines(start: Self.onset, stabilised: Self.time("2025-07-18T10:00+08:00"), hasDailyFollowUps: true,
                                      reports: [], now: Self.time("2025-07-30T10:00+08:00"))
        #expect(stable.filter { $0.kind == .followUp }.last?.dueAt == "2025-07-18T09:00:00+08:00")
        #expect(stable.filter { $0.kind == .followUp }.count == 8)
    }

    @Test func verifiedReportInWorkingDaysFromTheHolidayTable() {
        let stable = Self.time("2025-07-18T10:00+08:00")   // a Friday
        let working = DeadlineEngine(profile: .standard).deadlines(start: Self.onset, stabilised: stable, hasDailyFollowUps: true,
                                                                   reports: [], now: stable)
        #expect(working.last?.kind == .verified && working.last?.dueAt == "2025-07-22T23:59:59+08:00")
        let calendar = DeadlineEngine(profile: .calendarFive).deadlines(start: Self.onset, stabilised: stable, hasDailyFollowUps: true,
                                                                        reports: [], now: stable)
        #expect(calendar.last?.dueAt == "2025-07-23T23:59:59+08:00")
        // 国庆节、中秋节 2025-10-01…08 are holidays; Sunday 09-28 and Saturday 10-11 are working days.
        let china = WorkingCalendar.china
        #expect(china.working(2, after: .init(year: 2025, month: 9, day: 30)).description == "2025-10-10")
        #expect(china.working(1, after: .init(year: 2025, month: 9, day: 26)).description == "2025-09-28")
        #expect(china.working(1, after: .init(year: 2025, month: 10, day: 10)).description == "2025-10-11")
        #expect(china.working(2, after: .init(year: 2026, month: 2, day: 13)).description == "2026-02-24")
        #expect(working.last?.yearsWithoutHolidays == [])
    }

    /// A 核报 counted into a year whose State Council notice is not in the table says so (the
    /// officer must check the date by hand), rather than passing Monday–Friday off as the calendar.
    @Test func aVerifiedReportCountedIntoAYearWithoutHolidaysSaysSo() throws {
        // Stable on Monday 2035-12-31 (no notice for 2035 or 2036 in the table): Monday–Friday
        // assumed, so the 2nd working day is 2036-01-02, though 元旦 is usually a holiday.
        let stable = Self.time("2035-12-31T10:00+08:00")
        let list = DeadlineEngine(profile: .standard).deadlines(start: Self.time("2035-12-28T03:00+08:00"), stabilised: stable,
                                                                hasDailyFollowUps: true, reports: [], now: stable)
        let verified = try #require(list.last)
        #expect(verified.kind == .verified && verified.dueAt == "2036-01-02T23:59:59+08:00")
        #expect(verified.yearsWithoutHolidays == [2036], "\(verified)")
        // Only the days counted matter: a count that stays inside the table says nothing.
        let inTable = DeadlineEngine(profile: .standard).deadlines(start: Self.onset, stabilised: Self.time("2026-12-10T10:00+08:00"),
                                                                   hasDailyFollowUps: true, reports: [], now: stable)
        #expect(inTable.last?.dueAt == "2026-12-14T23:59:59+08:00" && inTable.last?.yearsWithoutHolidays == [])
        // Calendar days need no holiday table.
        let calendarDays = DeadlineEngine(profile: .calendarFive).deadlines(start: Self.onset, stabilised: stable, hasDailyFollowUps: true,
                                                                            reports: [], now: stable)
        #expect(calendarDays.last?.yearsWithoutHolidays == [])
    }

    @Test func droughtFollowUpsEveryTenDays() {
        let list = DeadlineEngine(profile: .standard).deadlines(start: Self.onset, stabilised: nil, hasDailyFollowUps: false,
                                                                reports: [Self.report("2025-07-15T12:00+08:00")],
                                                                now: Self.time("2025-07-25T12:00+08:00"))
        let followUps = list.filter { $0.kind == .followUp }
        #expect(followUps.map(\.dueAt) == ["2025-07-20T09:00:00+08:00", "2025-07-30T09:00:00+08:00"])
        #expect(followUps.map(\.status) == [.met, .open])
    }

    @Test func escalationAtTenDeadAndMissing() {
        let engine = DeadlineEngine(profile: .standard)
        let ten = [Self.report("2025-07-10T04:00+08:00", root: "a", deadMissing: 7), Self.report("2025-07-10T06:00+08:00", root: "b", deadMissing: 3)]
        let escalated = engine.escalation(start: Self.onset, massCollapse: false, deadMissingNow: 10, reports: ten)
        #expect(escalated.required && escalated.since == "2025-07-10T06:00:00+08:00" && escalated.dueAt == "2025-07-10T08:00:00+08:00")
        let nine = [Self.report("2025-07-10T04:00+08:00", root: "a", deadMissing: 7), Self.report("2025-07-10T06:00+08:00", root: "b", deadMissing: 2)]
        #expect(!engine.escalation(start: Self.onset, massCollapse: false, deadMissingNow: 9, reports: nine).required)
        let collapse = engine.escalation(start: Self.onset, massCollapse: true, deadMissingNow: 9, reports: nine)
        #expect(collapse.required && collapse.dueAt == "2025-07-10T05:00:00+08:00")
        // A correction replaces its report's figures: 7 then corrected to 2, plus 3 → 5, no escalation.
        let corrected = [Self.report("2025-07-10T04:00+08:00", root: "a", deadMissing: 7), Self.report("2025-07-10T05:00+08:00", root: "a", deadMissing: 2),
                         Self.report("2025-07-10T06:00+08:00", root: "b", deadMissing: 3)]
        #expect(engine.escalation(start: Self.onset, massCollapse: false, deadMissingNow: 5, reports: corrected).since == nil)
    }

    @Test func theEventsDeadlinesFromItsReports() async throws {
        let database = try EventFixture.database("deadlines-event")
        let disaster = Disaster(database)
        let event = try await disaster.addEvent(EventTests.flood(), by: EventTests.reviewer)
        func add(_ uid: String, _ at: String, dead: String, missing: String, review: String = "received") throws {
            try EventFixture.insert(.init(uid: uid, root: uid, township: EventFixture.jia, receivedAt: at, review: review,
                                          figures: [.dead: dead, .missing: missing]), event: event.id, into: database)
        }
        try add("r1", "2025-07-09T20:40:00Z", dead: "7", missing: "0")        // 04:40+08:00: the 初报 in time
        try add("r2", "2025-07-11T00:30:00Z", dead: "0", missing: "2")        // 08:30+08:00 on 07-11: the zero report
        try add("r3", "2025-07-11T01:00:00Z", dead: "0", missing: "5", review: "rejected")
        var due = try await disaster.deadlines(event: event.id, now: "2025-07-12T10:00+08:00")
        #expect(due.deadlines.map(\.status) == [.met, .met, .overdue, .open])
        #expect(!due.escalation.required && due.escalation.deadMissing == 9)
        try add("r4", "2025-07-12T03:00:00Z", dead: "0", missing: "1")
        due = try await disaster.deadlines(event: event.id, now: "2025-07-12T12:00+08:00")
        #expect(due.escalation.required && due.escalation.deadMissing == 10 && due.escalation.dueAt == "2025-07-12T13:00:00+08:00")
        try await disaster.changeEventStatus(event.id, to: "stabilised", at: "2025-07-18T10:00+08:00", by: EventTests.reviewer)
        due = try await disaster.deadlines(event: event.id, now: "2025-07-21T10:00+08:00")
        #expect(due.deadlines.last?.kind == .verified && due.deadlines.last?.dueAt == "2025-07-22T23:59:59+08:00" && due.deadlines.last?.status == .open)
        let json = String(decoding: try JSONEncoder().encode(due), as: UTF8.self)
        #expect(json.contains("\"due_at\"") && json.contains("\"met_at\"") && json.contains("\"working-2\""))
    }
}
