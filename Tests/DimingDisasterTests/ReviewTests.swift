import DimingCore
import DimingDisaster
import Foundation
import GRDB
import Testing

/// The review of reports through the façade: states move only along the allowed paths, by a
/// reviewer who did not submit the version, each change a review row and an audit entry.
@Suite struct ReviewTests {
    static func account(_ name: String, _ role: Role, scope: String? = nil) -> Account {
        Account(id: 1, name: name, role: role, scope: AccessScope(division: scope.flatMap(DivisionCode.init)), createdAt: Date())
    }

    static let reviewer = account("reviewer-county", .disasterReviewer)

    static func database(_ name: String) throws -> (DimingDatabase, Int64) {
        let database = try DisasterModuleTests.newDatabase(name)
        _ = try DemoDataset.load(from: ReportRows.gazetteer, into: database)
        let event = try database.write { db in
            let event = try ReportRows.event(in: db)
            try ReportRows.insert(uid: "r1", event: event, cropsM2: 1_000, in: db)
            try ReportRows.insert(uid: "r2", event: event, township: "420581100", in: db)
            return event
        }
        return (database, event)
    }

    @Test func receivedHasIssuesBackAndApproved() async throws {
        let (database, _) = try Self.database("review-path")
        let disaster = Disaster(database)
        _ = try await disaster.review("r1", to: .hasIssues, note: "受灾人口与转移人口不符", by: Self.reviewer)
        _ = try await disaster.review("r1", to: .received, note: nil, by: Self.reviewer)
        let approved = try await disaster.review("r1", to: .approved, note: nil, by: Self.reviewer)
        #expect(approved.state == .approved && approved.account == "reviewer-county")
        let (versions, reviews) = try await disaster.versions(of: "r1", scope: .everywhere)
        #expect(versions.map(\.reviewState) == [.approved])
        #expect(reviews.map(\.state) == [.hasIssues, .received, .approved])
        #expect(reviews.first?.note == "受灾人口与转移人口不符")
        let audited = try await database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM diming_audit WHERE feature_id = 'r1' ORDER BY id")
        }
        #expect(audited == ["report.review", "report.review", "report.review"])
        // Approved is final.
        await #expect(throws: ReviewError.illegalTransition(id: "r1", from: .approved, to: .rejected)) {
            try await disaster.review("r1", to: .rejected, note: "x", by: Self.reviewer)
        }
    }

    @Test func rejectingNeedsANoteAndChangesNothingWithoutOne() async throws {
        let (database, _) = try Self.database("review-note")
        await #expect(throws: ReviewError.noteRequired(.rejected)) {
            try await Disaster(database).review("r1", to: .rejected, note: "  ", by: Self.reviewer)
        }
        let state = try await database.pool.read { db in try String.fetchOne(db, sql: "SELECT review_state FROM disaster_reports WHERE uid = 'r1'") }
        #expect(state == "received")
    }

    @Test func nobodyReviewsTheirOwnVersionAndReportersNone() async throws {
        let (database, _) = try Self.database("review-four-eyes")
        let disaster = Disaster(database)
        do {
            _ = try await disaster.review("r1", to: .approved, note: nil, by: Self.account("reporter-lc", .admin))
            Issue.record("an admin approved their own version")
        } catch let error as AccessError {
            #expect(error.status == 403)
            #expect(error.detail.contains("four-eyes"))
        }
        await #expect(throws: AccessError.self) {
            try await disaster.review("r1", to: .approved, note: nil, by: Self.account("someone", .disasterReporter))
        }
        let reviews = try await database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM disaster_report_reviews") }
        #expect(reviews == 0)
    }

    @Test func aSupersededVersionIsKeptListedAndNotReviewed() async throws {
        let (database, event) = try Self.database("review-superseded")
        try await database.write { db in try ReportRows.insert(uid: "r1b", event: event, replaces: "r1", cropsM2: 2_000, in: db) }
        let disaster = Disaster(database)
        await #expect(throws: ReviewError.superseded(id: "r1", current: "r1b")) {
            try await disaster.review("r1", to: .approved, note: nil, by: Self.reviewer)
        }
        let chain = try await disaster.versions(of: "r1b", scope: .everywhere).versions
        #expect(chain.map(\.uid) == ["r1", "r1b"])
        #expect(chain.map(\.isCurrent) == [false, true])
        let current = try await disaster.reports(event: event, scope: .everywhere)
        #expect(Set(current.map(\.uid)) == ["r1b", "r2"])
        let all = try await disaster.reports(event: event, filter: ReportFilter(allVersions: true), scope: .everywhere)
        #expect(all.count == 3)
    }

    @Test func aTownshipSeesOnlyItsOwnReports() async throws {
        let (database, event) = try Self.database("review-scope")
        let disaster = Disaster(database)
        let lucheng = AccessScope(division: DivisionCode("420581001"))
        let seen = try await disaster.reports(event: event, scope: lucheng)
        #expect(seen.map(\.uid) == ["r1"])
        await #expect(throws: ReviewError.unknownReport("r2")) { try await disaster.versions(of: "r2", scope: lucheng) }
        // A reviewer limited to Lucheng cannot review another township's report: it is not there for them.
        await #expect(throws: ReviewError.unknownReport("r2")) {
            try await disaster.review("r2", to: .approved, note: nil, by: Self.account("reviewer-lc", .disasterReviewer, scope: "420581001"))
        }
        let filtered = try await disaster.reports(event: event, filter: ReportFilter(township: "420581100"), scope: .everywhere)
        #expect(filtered.map(\.uid) == ["r2"])
        await #expect(throws: ReviewError.unknownEvent("99")) { try await disaster.reports(event: 99, scope: .everywhere) }
    }
}
