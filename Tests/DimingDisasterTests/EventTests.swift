import DimingCore
import DimingDisaster
import Foundation
import GRDB
import Testing

/// Opening, reading and moving disaster events through the façade, on a real SpatiaLite file.
@Suite struct EventTests {
    static let reviewer = Account(id: 7, name: "shen", role: .disasterReviewer, scope: AccessScope(division: DivisionCode("420581")),
                                  createdAt: Date())
    static let reporter = Account(id: 8, name: "li", role: .disasterReporter, scope: AccessScope(division: DivisionCode("420581001")),
                                  createdAt: Date())

    static func flood(division: String = EventFixture.county, start: String = "2025-07-10T03:00+08:00") -> EventDraft {
        EventDraft(hazard: "flood", subtype: "rainstorm", name: "2025-07-10 暴雨洪涝", start: start, divisions: [division])
    }

    @Test func aReviewerOpensAnEventThatIsRecordedAndAudited() async throws {
        let database = try EventFixture.database("event-open")
        let disaster = Disaster(database)
        let event = try await disaster.addEvent(Self.flood(), by: Self.reviewer, requestID: "req-1")
        #expect(event.id == 1)
        #expect(event.status == .active)
        #expect(event.startedUTC == "2025-07-09T19:00:00Z")
        #expect(event.startedAt == "2025-07-10T03:00+08:00")
        #expect(try await disaster.event(event.id) == event)
        #expect(try await disaster.events().map(\.id) == [event.id])
        let changes = try await disaster.eventChanges(event.id)
        #expect(changes.map(\.status) == [.active])
        let audit = try database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT action, account, feature_id FROM diming_audit WHERE layer = 'disaster_events'")
        }
        #expect(audit.count == 1)
        #expect(audit.first?["action"] as String? == "disaster_event.create")
        #expect(audit.first?["account"] as String? == "shen")
    }

    @Test func refusalsNameTheField() async throws {
        let database = try EventFixture.database("event-refused")
        let disaster = Disaster(database)
        let admin = Account.local(user: "t")
        var draft = Self.flood()
        draft.hazard = "meteor"
        await #expect(throws: EventsError.unknownHazard("meteor")) { try await disaster.addEvent(draft, by: admin) }
        #expect(EventsError.unknownHazard("meteor").status == 400 && EventsError.unknownHazard("meteor").field == "hazard")
        draft = Self.flood()
        draft.subtype = "landslide"
        await #expect(throws: EventsError.unknownSubtype(hazard: .flood, subtype: "landslide")) { try await disaster.addEvent(draft, by: admin) }
        await #expect(throws: EventsError.unknownDivision("420581999")) { try await disaster.addEvent(Self.flood(division: "420581999"), by: admin) }
        #expect(EventsError.unknownDivision("x").status == 422 && EventsError.unknownDivision("x").field == "division")
        await #expect(throws: EventsError.invalidTime(field: "start", value: "2025-07-10T03:00")) {
            try await disaster.addEvent(Self.flood(start: "2025-07-10T03:00"), by: admin)
        }
        await #expect(throws: AccessError.self) { try await disaster.addEvent(Self.flood(), by: Self.reporter) }
        await #expect(throws: AccessError.self) { try await disaster.addEvent(Self.flood(), by: nil) }
        // Nothing was written by any refused call.
        #expect(try await disaster.events().isEmpty)
    }

    @Test func theStatusOnlyMovesForwardAndEachChangeIsKept() async throws {
        let database = try EventFixture.database("event-status")
        let disaster = Disaster(database)
        let event = try await disaster.addEvent(Self.flood(), by: Self.reviewer)
        await #expect(throws: EventsError.statusChange(from: .active, to: .closed)) {
            try await disaster.changeEventStatus(event.id, to: "closed", by: Self.reviewer)
        }
        await #expect(throws: EventsError.changeBeforeStart(field: "at", start: "2025-07-10T03:00+08:00")) {
            try await disaster.changeEventStatus(event.id, to: "stabilised", at: "2025-07-09T00:00+08:00", by: Self.reviewer)
        }
        await #expect(throws: EventsError.invalidStatus("calm")) { try await disaster.changeEventStatus(event.id, to: "calm", by: Self.reviewer) }
        let stable = try await disaster.changeEventStatus(event.id, to: "stabilised", at: "2025-07-18T10:00+08:00", by: Self.reviewer)
        #expect(stable.status == .stabilised && stable.stabilisedAt == "2025-07-18T10:00+08:00")
        let closed = try await disaster.changeEventStatus(event.id, to: "closed", at: "2025-07-25T10:00+08:00", note: "核报已报", by: Self.reviewer)
        #expect(closed.status == .closed && closed.closedAt == "2025-07-25T10:00+08:00")
        #expect(try await disaster.eventChanges(event.id).map(\.status) == [.active, .stabilised, .closed])
        await #expect(throws: EventsError.unknownEvent("99")) { try await disaster.event(99) }
    }

    @Test func everyHazardHasBothLabelsAndItsSubtypesAreDistinct() {
        for hazard in Hazard.allCases {
            #expect(!hazard.label.zh.isEmpty && !hazard.label.en.isEmpty)
            #expect(Set(hazard.subtypes.map(\.code)).count == hazard.subtypes.count)
        }
        #expect(Hazard.geological.subtypes.map(\.code).starts(with: ["collapse", "landslide", "debris_flow"]))
        #expect(!Hazard.drought.hasDailyFollowUps && Hazard.flood.hasDailyFollowUps)
    }

    @Test func timesNeedAnOffset() {
        #expect(EventTime(parsing: "2025-07-10T03:00+08:00")?.utc == "2025-07-09T19:00:00Z")
        #expect(EventTime(parsing: "2025-07-10T03:00:30.5Z")?.utc == "2025-07-10T03:00:30Z")
        #expect(EventTime(parsing: "2025-07-10T03:00") == nil)
        #expect(EventTime(parsing: "2025-02-30T03:00Z") == nil)
        #expect(EventTime(parsing: "2025-07-10") == nil)
        // An offset Foundation has no zone for (beyond ±18 h) is refused, not a crash
        // (schemathesis sent +23:38 and the server stopped).
        #expect(EventTime(parsing: "1247-08-12T02:55:43+23:38") == nil)
        #expect(EventTime(parsing: "2025-07-10T03:00+14:00") != nil)
    }

    /// The integer calendar arithmetic against Foundation's Gregorian calendar, over dates from
    /// 1600 to 2400 (leap centuries, month ends, offsets that cross midnight and the year).
    @Test func parsingAgreesWithFoundationsCalendar() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let year = Int.random(in: 1600...2400, using: &generator), month = Int.random(in: 1...12, using: &generator)
            var calendar = Calendar(identifier: .gregorian)
            let offsetMinutes = Int.random(in: -(18 * 60)...(18 * 60), using: &generator)
            calendar.timeZone = try #require(TimeZone(secondsFromGMT: offsetMinutes * 60))
            let days = try #require(calendar.range(of: .day, in: .month, for: calendar.date(from: DateComponents(year: year, month: month))!)).count
            let day = Int.random(in: 1...days, using: &generator)
            let hour = Int.random(in: 0...23, using: &generator), minute = Int.random(in: 0...59, using: &generator)
            let second = Int.random(in: 0...59, using: &generator)
            let sign = offsetMinutes < 0 ? "-" : "+"
            let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", year, month, day, hour, minute, second, sign,
                              abs(offsetMinutes) / 60, abs(offsetMinutes) % 60)
            let expected = try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)))
            let parsed = try #require(EventTime(parsing: text), "\(text)")
            #expect(parsed.date == expected, "\(text)")
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(identifier: "UTC")!
            let c = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: expected)
            #expect(parsed.utc == String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!))
            #expect(EventTime.text(parsed.date, offsetSeconds: offsetMinutes * 60).prefix(19) == text.prefix(19))
        }
        #expect(EventTime(parsing: "2024-02-29T12:00Z") != nil)
        #expect(EventTime(parsing: "2100-02-29T12:00Z") == nil)
        #expect(EventTime(parsing: "2000-02-29T12:00Z") != nil)
        #expect(EventTime(parsing: "2025-07-10T00:30:00.250+08:00")?.utcKeepingFraction == "2025-07-09T16:30:00.250Z")
        #expect(EventTime(parsing: "2025-07-10T00:30:00.+08:00") == nil)
        #expect(EventTime(parsing: "2025-07-10T24:00:00Z") == nil)
    }
}
