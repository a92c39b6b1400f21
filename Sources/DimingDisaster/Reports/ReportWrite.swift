import DimingCore
import Foundation
import GRDB

/// What became of one submitted report.
public enum ReportOutcome: String, Sendable {
    /// A new version was stored (HTTP 201).
    case created
    /// The same id with the same content was there already: nothing changed (HTTP 200).
    case unchanged
}

/// One report on its way into the table: parsed, placed (``ReportAssignment``), with who sent it.
/// The assignment is made before the job joins the group commit, on a read connection: it is
/// the costliest part of a report and needs no lock, so the one writer only checks and inserts.
struct ReportJob: Sendable {
    let draft: ReportDraft
    var account: Account
    /// The bearer token to read in the write transaction when `account` is only the account
    /// last seen for it (``TokenCache``); nil when it was read for this request.
    let tokenHash: String?
    let assignment: ReportAssignment
    let requestID: String?
    /// The ``PlacementVersion`` tag of the data the assignment was made from; nil on the last
    /// attempt, which is written as placed.
    let placedAt: String?
}

/// The checks that need the table and the write itself, inside the caller's transaction:
/// idempotency first (a resend is answered whatever changed since), then the event, the
/// version it corrects and the jump rule, then the row, the superseded version and the audit entry.
enum ReportWrite {
    /// `data` is the version read in this transaction: a new report placed against another is
    /// sent back (``PlacementVersion/Stale``) before anything is written.
    static func apply(_ job: ReportJob, receivedAt: String, data: PlacementVersion.Placed, in db: Database) throws -> ReportSubmission {
        let draft = job.draft
        if let storedSHA256 = try ReportStore.contentSHA256(of: draft.uid, in: db) {
            guard storedSHA256 == draft.contentSHA256, let stored = try ReportStore.fetch(draft.uid, in: db) else {
                throw ReportsError.conflict(id: draft.uid)
            }
            return ReportSubmission(outcome: .unchanged, report: stored, account: job.account)
        }
        if let placedAt = job.placedAt, placedAt != data.tag { throw PlacementVersion.Stale(version: data.version) }
        var issues: [ReportFieldIssue] = []
        switch try ReportStore.eventStatus(draft.event, in: db) {
        case nil: issues.append(ReportFieldIssue("event", ReportsMessages.unknownEvent, ["event": String(draft.event)]))
        case "closed": issues.append(ReportFieldIssue("event", ReportsMessages.closedEvent, ["event": String(draft.event)]))
        default: break
        }
        var root = draft.uid, version = 1
        if let replaces = draft.replaces {
            guard let previous = try ReportStore.fetch(replaces, in: db) else {
                throw ReportsError.invalid(issues + [ReportFieldIssue("replaces", ReportsMessages.unknownReplaces, ["id": replaces])])
            }
            guard previous.isCurrent else {
                throw ReportsError.outOfDate(id: replaces, current: try ReportStore.currentUID(root: previous.root, in: db) ?? "-")
            }
            if previous.event != draft.event {
                issues.append(ReportFieldIssue("event", ReportsMessages.otherEvent, ["event": String(previous.event)]))
            }
            if draft.note == nil, let jump = ReportConsistency.jump(from: previous.indicators, to: draft.indicators) { issues.append(jump) }
            root = previous.root
            version = previous.version + 1
        }
        guard issues.isEmpty else { throw ReportsError.invalid(issues) }
        let assignment = job.assignment
        var flags: [String] = []
        if assignment.isOutside { flags.append("outside_jurisdiction") }
        if assignment.onBorder { flags.append("on_border") }
        if job.account.scope.division != nil, !job.account.scope.allows(divisionCode: assignment.townshipCode) { flags.append("outside_scope") }
        if let accuracy = draft.accuracyM, accuracy > ReportDraft.lowAccuracyMetres { flags.append("low_accuracy") }
        if let frame = draft.convertedFrom { flags.append("converted_from_\(frame.rawValue)") }
        let scopeCode = job.account.scope.division?.digits ?? assignment.townshipCode
        if let replaces = draft.replaces { try ReportStore.supersede(replaces, at: receivedAt, in: db) }
        let stored = try ReportStore.insert(draft, root: root, version: version, receivedAt: receivedAt, submittedBy: job.account.name,
                                            flags: flags, assignment: assignment, scopeCode: scopeCode, in: db)
        try AuditLog.record(AuditEntry(account: job.account, action: draft.replaces == nil ? "report.create" : "report.correct",
                                       layer: Layer.disasterReports.name, featureID: draft.uid, after: draft.content, requestID: job.requestID), in: db)
        return ReportSubmission(outcome: .created, report: stored, account: job.account)
    }
}
