import Crypto
import DimingCore
import Foundation
import GRDB

/// 上报审批: the county's filings of an event (初报/续报/核报). A reviewer, approver or admin
/// whose scope covers the event's division prepares one (the summary frozen as of a time);
/// an approver or admin who did not prepare it approves or returns it (four-eyes). Each write
/// is audited in its transaction.
extension Disaster {
    /// Prepares a filing of `event`: the township summary as of `asOf` (now when nil; never
    /// later than now), stored with its SHA-256.
    public func prepareFiling(event: Int64, kind: FilingKind, asOf asOfText: String?, note: String?, by actor: Account?,
                              requestID: String? = nil, now: Date = Date()) async throws -> Filing {
        let account = try Self.authorizeFilingPreparer(actor, event: event)
        let asOf = try asOfText.map { text in
            guard let time = EventTime(parsing: text) else { throw EventsError.invalidTime(field: "as_of", value: text) }
            guard time.date <= now else { throw FilingsError.future(text) }
            return time
        } ?? EventTime(now)
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        let frozen = try await summary(event: event, asOf: asOf.text, now: now).json
        let sha256 = SHA256.hash(data: Data(frozen.utf8)).map { String(format: "%02x", $0) }.joined()
        return try await database.write { db in
            try Self.checkScope(account, event: event, action: Reason(FilingsMessages.actionPrepare, ["event": String(event)]), in: db)
            let filing = try FilingStore.insert(event: event, kind: kind, asOf: asOf.utc, summary: frozen, sha256: sha256,
                                                author: account.name, createdAt: EventTime.utcText(now), note: note, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "filing.prepare", layer: "disaster_filings", featureID: String(filing.id),
                                           after: Self.filingAuditJSON(filing), requestID: requestID), in: db)
            return filing
        }
    }

    /// Approves or returns a prepared filing (a reason is required to return it). 403 for the
    /// filing's author (four-eyes); 409 once it is decided.
    public func decideFiling(_ id: Int64, event: Int64, decision: FilingDecision, reason: String?, by actor: Account?,
                             requestID: String? = nil, now: Date = Date()) async throws -> Filing {
        let account = try Self.authorizeFilingApprover(actor, event: event, filing: id)
        let reason = reason.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if decision == .returned, reason == nil { throw FilingsError.reasonRequired }
        let action = Reason(FilingsMessages.actionApprove, ["event": String(event), "id": String(id)])
        return try await database.write { db in
            try Self.checkScope(account, event: event, action: action, in: db)
            let filing = try FilingStore.fetch(id, event: event, in: db)
            guard filing.author != account.name else {
                throw AccessError.forbidden(account: account.name, action: action, reason: Reason(FilingsMessages.fourEyes, ["author": filing.author]))
            }
            guard filing.state == .prepared else { throw FilingsError.decided(id: id, state: filing.state) }
            let state: FilingState = decision == .approved ? .approved : .returned
            try FilingStore.decide(id, state: state, by: account.name, at: EventTime.utcText(now), reason: reason, in: db)
            let decided = try FilingStore.fetch(id, event: event, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "filing.\(decision == .approved ? "approve" : "return")",
                                           layer: "disaster_filings", featureID: String(id), before: Self.filingAuditJSON(filing),
                                           after: Self.filingAuditJSON(decided), requestID: requestID), in: db)
            return decided
        }
    }

    /// The event's filings, oldest `as_of` first; empty for a reader whose scope does not
    /// cover the event's division (never a count). 404 for an unknown event.
    public func filings(event: Int64, scope: AccessScope) async throws -> [Filing] {
        try await database.pool.read { db in
            let record = try EventStore.fetch(event, in: db)
            guard scope.allows(divisionCode: record.division) else { return [] }
            return try FilingStore.list(event: event, in: db)
        }
    }

    /// One filing; 404 when unknown or outside the reader's scope.
    public func filing(_ id: Int64, event: Int64, scope: AccessScope) async throws -> Filing {
        try await database.pool.read { db in
            let record = try EventStore.fetch(event, in: db)
            guard scope.allows(divisionCode: record.division) else { throw FilingsError.unknownFiling(String(id)) }
            return try FilingStore.fetch(id, event: event, in: db)
        }
    }

    /// The role check of preparing a filing, before a request's body is read.
    @discardableResult
    public static func authorizeFilingPreparer(_ actor: Account?, event: Int64) throws -> Account {
        try authorize(actor, roles: reviewingRoles,
                      action: Reason(FilingsMessages.actionPrepare, ["event": String(event)]), refusal: FilingsMessages.onlyPreparers)
    }

    /// The role check of approving a filing (approver or admin), before a request's body is read.
    @discardableResult
    public static func authorizeFilingApprover(_ actor: Account?, event: Int64, filing: Int64) throws -> Account {
        try authorize(actor, roles: [.admin, .disasterApprover],
                      action: Reason(FilingsMessages.actionApprove, ["event": String(event), "id": String(filing)]), refusal: FilingsMessages.onlyApprovers)
    }

    /// 403 when the account's scope does not cover the event's division (404 for no event).
    private static func checkScope(_ account: Account, event: Int64, action: Reason, in db: Database) throws {
        let record = try EventStore.fetch(event, in: db)
        guard account.scope.allows(divisionCode: record.division) else {
            throw AccessError.forbidden(account: account.name, action: action,
                                        reason: Reason(FilingsMessages.outOfScope, ["division": record.division ?? "-"]))
        }
    }

    private static func filingAuditJSON(_ filing: Filing) -> String {
        var out = JSONOutput(capacity: 256)
        out.append("{\"kind\":")
        out.appendString(filing.kind.rawValue)
        out.append(",\"as_of\":")
        out.appendString(filing.asOf)
        out.append(",\"state\":")
        out.appendString(filing.state.rawValue)
        out.append(",\"summary_sha256\":")
        out.appendString(filing.summarySHA256)
        if let reason = filing.reason {
            out.append(",\"reason\":")
            out.appendString(reason)
        }
        out.append("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
