import DimingCore
import Foundation

/// The answer to one submission: what happened and the version as stored.
public struct ReportSubmission: Sendable {
    public let outcome: ReportOutcome
    public let report: StoredReport
    /// Who filed it, as read in the transaction that wrote it.
    public let account: Account
}

extension Disaster {
    /// Whether `account` may file reports at all (a `disaster_reporter` or an admin): 401
    /// without an account, 403 for the other roles. Asked before a request's body is read.
    @discardableResult
    public static func authorizeReporter(_ account: Account?) throws -> Account {
        try AccessPolicy.authorize(account, for: .editLayer(.disasterReports))
    }

    /// Files one report (issue 11's contract): `created` for a new id, `unchanged` for a
    /// resend of the same content; 409 for the same id with other content or a correction of
    /// a version that is no longer current; 400/422 naming every refused field. Returns once
    /// the report is durable (group commit, see ``ReportCommitQueue``). A point outside every
    /// division or outside the reporter's township is stored and flagged, never dropped.
    ///
    /// `confirmingToken`: the hash of the bearer token when `actor` is only the account last
    /// seen for it (``TokenCache``); the group commit then reads the token in its transaction
    /// and files the report as that account, or refuses it (401 revoked, 403 role taken away).
    public func submit(_ body: [UInt8], by actor: Account?, confirmingToken: String? = nil, locators: LocatorCache,
                       requestID: String? = nil) async throws -> ReportSubmission {
        let account = try Self.authorizeReporter(actor)
        return try await submit(try ReportParser.parse(body), by: account, confirmingToken: confirmingToken, locators: locators, requestID: requestID)
    }

    /// ``submit(_:by:confirmingToken:locators:requestID:)`` of a report already parsed (a FeatureCollection's or a CSV's).
    public func submit(_ draft: ReportDraft, by actor: Account?, confirmingToken: String? = nil, locators: LocatorCache,
                       requestID: String? = nil) async throws -> ReportSubmission {
        let account = try Self.authorizeReporter(actor)
        // Placed against the newest data this process has seen; the writer checks that version
        // in its transaction and sends a report placed against older data back (PlacementVersion).
        let placement = PlacementVersion.shared(for: database)
        var version: DataVersion
        if let latest = placement.latest {
            version = latest
        } else {
            version = try await database.pool.read { db in try DataVersion.read(in: db) }
        }
        for attempt in 1...PlacementVersion.attempts {
            let locator = try await locators.locator(for: version)
            try Self.refuseSwapped(draft, locator: locator)
            let nearby = try await NearbyCache.shared(for: database).layers(for: version)
            let assignment = ReportAssignment.assign(lon: draft.lon, lat: draft.lat, locator: locator, nearby: nearby)
            let job = ReportJob(draft: draft, account: account, tokenHash: confirmingToken, assignment: assignment, requestID: requestID,
                                placedAt: attempt < PlacementVersion.attempts ? PlacementVersion.tag(of: version) : nil)
            do {
                return try await ReportCommitQueue.shared(for: database).submit(job)
            } catch let stale as PlacementVersion.Stale {
                version = stale.version
            }
        }
        preconditionFailure("the last attempt is written as placed")
    }

    /// The version `uid` of a report (any version, current or not). Outside `scope` it is as
    /// if it did not exist (404, TC-13): a township reporter sees its township's reports and the
    /// ones it filed, nothing of its neighbours'.
    public func report(_ uid: String, scope: AccessScope = .everywhere) async throws -> StoredReport {
        let key = ReportParser.uuid(uid) ?? uid
        guard let report = try await database.pool.read({ db in try ReportStore.fetch(key, in: db) }),
              scope.division == nil || [report.scopeCode, report.assignment.townshipCode, report.assignment.countyCode]
                  .contains(where: { $0 != nil && scope.allows(divisionCode: $0) }) else {
            throw ReportsError.unknownReport(uid)
        }
        return report
    }

    /// A point outside every division whose swapped coordinates fall inside one was sent as
    /// [lat, lon]: refused (422 `geometry`) rather than stored far away.
    static func refuseSwapped(_ draft: ReportDraft, locator: Locator) throws {
        guard locator.smallestDivisionIndex(lon: draft.lon, lat: draft.lat) == nil,
              (-90...90).contains(draft.lon), locator.smallestDivisionIndex(lon: draft.lat, lat: draft.lon) != nil else { return }
        throw ReportsError.invalid([ReportFieldIssue("geometry", ReportsMessages.swapped,
                                                     ["lon": StoredReport.text(draft.lon), "lat": StoredReport.text(draft.lat)])])
    }
}
