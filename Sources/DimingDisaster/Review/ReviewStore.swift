import DimingCore
import Foundation
import GRDB

/// The review's SQL: versions read within a reader's scope (anything outside it is as if it
/// did not exist: 404, never a count), and review rows written.
enum ReviewStore {
    static let table = Layer.disasterReports.name.quotedDatabaseIdentifier

    private static func scoped(_ scope: AccessScope) -> SQL {
        scope.condition(for: .disasterReports) ?? "1"
    }

    /// The version `uid`, or 404 when unknown or outside `scope`.
    static func version(_ uid: String, scope: AccessScope, in db: Database) throws -> StoredReportVersion {
        let request = SQLRequest<Row>(literal: """
            SELECT \(sql: StoredReportVersion.selection) FROM \(sql: table) WHERE "uid" = \(uid) AND \(scoped(scope))
            """)
        guard let row = try request.fetchOne(db) else { throw ReviewError.unknownReport(uid) }
        return StoredReportVersion(row: row)
    }

    /// Every version of the report that `uid` is a version of, oldest first.
    static func chain(of uid: String, scope: AccessScope, in db: Database) throws -> [StoredReportVersion] {
        let root = try version(uid, scope: scope, in: db).root
        let request = SQLRequest<Row>(literal: """
            SELECT \(sql: StoredReportVersion.selection) FROM \(sql: table) WHERE "root" = \(root) AND \(scoped(scope))
            ORDER BY "version", "id"
            """)
        return try request.fetchAll(db).map(StoredReportVersion.init(row:))
    }

    /// The event's reports that `filter` and `scope` select, oldest first.
    static func list(event: Int64, filter: ReportFilter, scope: AccessScope, in db: Database) throws -> [StoredReportVersion] {
        try requireEvent(event, in: db)
        var conditions: [SQL] = ["\"event\" = \(event)", scoped(scope)]
        if !filter.allVersions { conditions.append("\"is_current\" = 1") }
        if let state = filter.state { conditions.append("\"review_state\" = \(state.rawValue)") }
        if let township = filter.township { conditions.append("\"township_code\" = \(township)") }
        let request = SQLRequest<Row>(literal: """
            SELECT \(sql: StoredReportVersion.selection) FROM \(sql: table) WHERE \(conditions.joined(operator: .and))
            ORDER BY "received_at", "root", "version", "id" LIMIT \(filter.limit) OFFSET \(filter.offset)
            """)
        return try request.fetchAll(db).map(StoredReportVersion.init(row:))
    }

    /// 404 for an event that does not exist.
    static func requireEvent(_ event: Int64, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM disaster_events WHERE id = ?", arguments: [event]) == true else {
            throw ReviewError.unknownEvent(String(event))
        }
    }

    /// The review history of these versions, oldest first.
    static func reviews(of uids: [String], in db: Database) throws -> [ReportReview] {
        guard !uids.isEmpty else { return [] }
        let request = SQLRequest<Row>(literal: """
            SELECT "id", "report", "state", "at", "account", "note" FROM "disaster_report_reviews"
            WHERE "report" IN \(uids) ORDER BY "id"
            """)
        return try request.fetchAll(db).map { row in
            let state: String = row["state"]
            return ReportReview(id: row["id"], report: row["report"], state: ReviewState(rawValue: state) ?? .received,
                                at: row["at"], account: row["account"], note: row["note"])
        }
    }

    /// Records the change and sets the version's state.
    static func record(_ uid: String, state: ReviewState, note: String?, account: String, at: String, in db: Database) throws -> ReportReview {
        try db.execute(sql: "INSERT INTO disaster_report_reviews (report, state, at, account, note) VALUES (?, ?, ?, ?, ?)",
                       arguments: [uid, state.rawValue, at, account, note])
        let id = db.lastInsertedRowID
        try db.execute(sql: "UPDATE \(table) SET review_state = ? WHERE uid = ?", arguments: [state.rawValue, uid])
        return ReportReview(id: id, report: uid, state: state, at: at, account: account, note: note)
    }

    /// The current version of the report whose version `uid` is.
    static func currentUID(root: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT uid FROM \(table) WHERE root = ? AND is_current = 1", arguments: [root])
    }
}
