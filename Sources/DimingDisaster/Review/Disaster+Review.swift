import DimingCore
import Foundation
import GRDB

extension Disaster {
    /// Moves a version's review state (``ReviewState/nextStates``), by a `disaster_reviewer`,
    /// `disaster_approver` or admin whose scope holds the report and who did not submit this version (the four-eyes
    /// rule) and whom nobody else's live review lock keeps out (409); returning or rejecting needs a note. The change is a review row, the version's
    /// state and an audit entry, in one transaction. Only a report's current version is reviewed.
    public func review(_ uid: String, to state: ReviewState, note: String?, by actor: Account?,
                       requestID: String? = nil) async throws -> ReportReview {
        let account = try Self.authorizeReviewer(actor, report: uid)
        let action = Reason(ReviewMessages.actionReview, ["id": uid])
        let note = note.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if state.needsNote, note == nil { throw ReviewError.noteRequired(state) }
        return try await database.write { db in
            let version = try ReviewStore.version(uid, scope: account.scope, in: db)
            guard version.submittedBy != account.name else {
                throw AccessError.forbidden(account: account.name, action: action,
                                            reason: Reason(ReviewMessages.fourEyes, ["submitter": version.submittedBy ?? "-"]))
            }
            try Self.checkNotLockedByOthers(uid, root: version.root, account: account, now: Date(), in: db)
            guard version.isCurrent else {
                throw ReviewError.superseded(id: uid, current: try ReviewStore.currentUID(root: version.root, in: db) ?? "-")
            }
            guard version.reviewState.nextStates.contains(state) else {
                throw ReviewError.illegalTransition(id: uid, from: version.reviewState, to: state)
            }
            let at = ISO8601DateFormatter().string(from: Date())
            let review = try ReviewStore.record(uid, state: state, note: note, account: account.name, at: at, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "report.review", layer: Layer.disasterReports.name, featureID: uid,
                                           before: Self.stateJSON(version.reviewState, note: nil),
                                           after: Self.stateJSON(state, note: note), requestID: requestID), in: db)
            return review
        }
    }

    /// Every version of the report `uid` belongs to, oldest first, with the review history
    /// of each; 404 outside the reader's scope.
    public func versions(of uid: String, scope: AccessScope) async throws -> (versions: [StoredReportVersion], reviews: [ReportReview]) {
        try await database.pool.read { db in
            let chain = try ReviewStore.chain(of: uid, scope: scope, in: db)
            return (chain, try ReviewStore.reviews(of: chain.map(\.uid), in: db))
        }
    }

    /// One page of an event's reports within the reader's scope (404 for an unknown event).
    public func reports(event: Int64, filter: ReportFilter = ReportFilter(), scope: AccessScope) async throws -> [StoredReportVersion] {
        try await database.pool.read { db in try ReviewStore.list(event: event, filter: filter, scope: scope, in: db) }
    }

    /// The account when its role reviews reports (a `disaster_reviewer`, a `disaster_approver`
    /// or an admin): 401 without one, 403 naming the roles otherwise. Checked before a request's body is read.
    @discardableResult
    public static func authorizeReviewer(_ actor: Account?, report uid: String) throws -> Account {
        try authorize(actor, roles: reviewingRoles, action: Reason(ReviewMessages.actionReview, ["id": uid]), refusal: ReviewMessages.onlyReviewers)
    }

    private static func stateJSON(_ state: ReviewState, note: String?) -> String {
        var out = JSONOutput(capacity: 64)
        out.append("{\"review_state\":")
        out.appendString(state.rawValue)
        if let note {
            out.append(",\"note\":")
            out.appendString(note)
        }
        out.append("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
