import DimingCore
import Foundation
import GRDB

/// Writes a step of a place's life: its `place_events` row and the audit entry, in the
/// caller's transaction, so that the change and its record commit together.
enum PlaceLog {
    /// What a step records beyond the place and who took it.
    struct Step {
        var action: String
        var from: PlaceStatus?
        var to: PlaceStatus?
        var name: String?
        var document: String?
        var effective: String?
        var authority: String?
        var reason: String?
        /// JSON: the naming findings of a proposal, the old name of a rename …
        var details: String?

        init(_ action: String, from: PlaceStatus?, to: PlaceStatus?, name: String? = nil, approval: Approval? = nil,
             effective: String? = nil, reason: String? = nil, details: String? = nil) {
            self.action = action
            self.from = from
            self.to = to
            self.name = name
            document = approval?.document
            self.effective = effective ?? approval?.date
            authority = approval?.authority
            self.reason = reason
            self.details = details
        }
    }

    /// The event row alone (the sync's `import` and `edit` steps, taken by no account).
    static func event(_ step: Step, place: String, account: String, role: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO place_events (place, at, account, role, action, from_status, to_status, name, document, effective,
                authority, reason, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [place, Clock.timestamp(), account, role, step.action, step.from?.rawValue, step.to?.rawValue,
                             step.name, step.document, step.effective, step.authority, step.reason, step.details])
    }

    /// The event and the audit entry `place.<action>` with the record before and after.
    static func record(_ step: Step, place: String, by account: Account, before: PlaceRecord?, requestID: String?,
                       in db: Database) throws {
        try event(step, place: place, account: account.name, role: account.role.rawValue, in: db)
        let after = try PlaceStore.record(place, in: db)
        try AuditLog.record(AuditEntry(account: account, action: "place.\(step.action)", layer: Layer.places.name, featureID: place,
                                       before: before.map(json), after: json(after), requestID: requestID), in: db)
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "null"
    }
}
