import DimingCore
import Foundation
import GRDB

/// 灾害过程: open an event, read events, move one forward (active → stabilised → closed). Each
/// write is authorized (an admin or a `disaster_reviewer`, whose scope must cover the event's
/// division), recorded in `disaster_event_changes` and audited, in one transaction.
extension Disaster {
    /// Opens an event; its id is the answer's `id`.
    @discardableResult
    public func addEvent(_ draft: EventDraft, by actor: Account?, requestID: String? = nil, now: Date = Date()) async throws -> DisasterEvent {
        let account = try Self.authorizeEventWriter(actor)
        let checked = try Self.check(draft)
        return try await database.write { db in
            for code in checked.divisions {
                if try EventStore.division(code, in: db) == nil { throw EventsError.unknownDivision(code) }
            }
            if let division = checked.divisions.first, !account.scope.allows(divisionCode: division) {
                throw Self.outOfScope(account, division: division)
            }
            var event = DisasterEvent(id: 0, hazard: checked.hazard, subtype: checked.subtype, name: checked.name,
                                      startedAt: checked.start.text, startedUTC: checked.start.utc, division: checked.divisions.first,
                                      divisions: checked.divisions, status: .active, stabilisedAt: nil, closedAt: nil,
                                      deadlineProfile: checked.profile, massCollapse: draft.massCollapse, note: checked.note,
                                      createdBy: account.name, createdAt: EventTime.utcText(now))
            event.id = try EventStore.insert(event, in: db)
            try EventStore.record(EventChange(status: .active, at: event.startedAt, account: account.name, note: checked.note),
                                  event: event.id, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "disaster_event.create", layer: "disaster_events",
                                           featureID: String(event.id), before: nil, after: EventStore.json(event), requestID: requestID), in: db)
            return event
        }
    }

    /// The event numbered `id`; 404 when none is.
    public func event(_ id: Int64) async throws -> DisasterEvent {
        try await database.pool.read { db in try EventStore.fetch(id, in: db) }
    }

    /// The events, newest first (those with `status` only, when given).
    public func events(status: EventStatus? = nil) async throws -> [DisasterEvent] {
        try await database.pool.read { db in try EventStore.fetchAll(status: status, in: db) }
    }

    /// The status changes of an event, its opening first.
    public func eventChanges(_ id: Int64) async throws -> [EventChange] {
        try await database.pool.read { db in
            _ = try EventStore.fetch(id, in: db)
            return try EventStore.changes(id, in: db)
        }
    }

    /// Moves the event one step forward at `at` (now when nil; not before its start or its last
    /// change); 409 for any other step.
    @discardableResult
    public func changeEventStatus(_ id: Int64, to status: String, at: String? = nil, note: String? = nil, by actor: Account?,
                                  requestID: String? = nil, now: Date = Date()) async throws -> DisasterEvent {
        let account = try Self.authorizeEventWriter(actor)
        guard let next = EventStatus(rawValue: status.trimmingCharacters(in: .whitespaces)) else { throw EventsError.invalidStatus(status) }
        let time = try at.map { text in
            guard let time = EventTime(parsing: text) else { throw EventsError.invalidTime(field: "at", value: text) }
            return time
        } ?? EventTime(now)
        return try await database.write { db in
            let before = try EventStore.fetch(id, in: db)
            if let division = before.division, !account.scope.allows(divisionCode: division) {
                throw Self.outOfScope(account, division: division)
            }
            guard before.status.mayBecome(next) else { throw EventsError.statusChange(from: before.status, to: next) }
            let last = [before.startedAt, before.stabilisedAt].compactMap { $0.flatMap(EventTime.init(parsing:)) }.max()
            if let last, time < last { throw EventsError.changeBeforeStart(field: "at", start: before.startedAt) }
            try EventStore.setStatus(id, next, at: time.text, in: db)
            try EventStore.record(EventChange(status: next, at: time.text, account: account.name, note: note), event: id, in: db)
            let after = try EventStore.fetch(id, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "disaster_event.status", layer: "disaster_events",
                                           featureID: String(id), before: EventStore.json(before), after: EventStore.json(after),
                                           requestID: requestID), in: db)
            return after
        }
    }

    /// The role check of an event write, made before a request's body is read: 401 without
    /// an account, 403 for a role other than admin or disaster reviewer.
    @discardableResult
    public static func authorizeEventWriter(_ actor: Account?) throws -> Account {
        let action = Reason(AccessMessages.actionEdit, ["layer": "disaster_events"])
        guard let account = actor else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.actionNeedsToken, reasons: ["action": action]))
        }
        guard account.role == .admin || account.role == .disasterReviewer else {
            throw AccessError.forbidden(account: account.name, action: action,
                                        reason: Reason(AccessMessages.roleDoesNotEdit, ["role": account.role.rawValue, "layer": "disaster_events"]))
        }
        return account
    }

    private static func outOfScope(_ account: Account, division: String) -> AccessError {
        AccessError.forbidden(account: account.name, action: Reason(AccessMessages.actionEditIn, ["layer": "disaster_events", "code": division]),
                              reason: Reason(AccessMessages.limitedTo, ["scope": account.scope.division?.digits ?? "-"]))
    }

    struct CheckedDraft {
        var hazard: Hazard
        var subtype: String?
        var name: String
        var start: EventTime
        var divisions: [String]
        var profile: String?
        var note: String?
    }

    /// The draft's fields, checked in the order a form shows them.
    static func check(_ draft: EventDraft) throws -> CheckedDraft {
        guard let hazard = Hazard.named(draft.hazard) else {
            throw draft.hazard.trimmingCharacters(in: .whitespaces).isEmpty ? EventsError.missingField("hazard") : EventsError.unknownHazard(draft.hazard)
        }
        let subtype = draft.subtype.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        if let subtype, !hazard.subtypes.contains(where: { $0.code == subtype }) {
            throw EventsError.unknownSubtype(hazard: hazard, subtype: subtype)
        }
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw EventsError.missingField("name") }
        guard !draft.start.isEmpty else { throw EventsError.missingField("start") }
        guard let start = EventTime(parsing: draft.start) else { throw EventsError.invalidTime(field: "start", value: draft.start) }
        var divisions = [String]()
        for code in draft.divisions.map({ $0.trimmingCharacters(in: .whitespaces) }) where !divisions.contains(code) {
            guard DivisionCode(code) != nil else { throw EventsError.unknownDivision(code) }
            divisions.append(code)
        }
        let profile = draft.deadlineProfile.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        if let profile, DeadlineProfile.named(profile) == nil { throw EventsError.invalidValue(field: "deadline_profile", value: profile) }
        return CheckedDraft(hazard: hazard, subtype: subtype, name: name, start: start, divisions: divisions, profile: profile,
                            note: draft.note.flatMap { $0.isEmpty ? nil : $0 })
    }
}
