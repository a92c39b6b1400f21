import DimingCore
import Foundation
import GRDB

/// The demo data, one event and reports written with SQL (the submission path is another
/// area's), and accounts with tokens: reporters of 陆城街道 and 红花套镇, a county reviewer,
/// an admin and a viewer.
enum DisasterReviewFixture {
    static let lucheng = "420581001", honghuatao = "420581100"
    static let accounts: [(name: String, role: Role, division: String?)] = [
        ("reporter-lc", .disasterReporter, lucheng), ("reporter-hht", .disasterReporter, honghuatao),
        ("reviewer", .disasterReviewer, nil), ("admin", .admin, nil), ("viewer", .viewer, nil),
    ]

    /// A server over the fixture and a token by account name.
    static func server() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase()
        let tokens = try await database.pool.write { db in
            var tokens: [String: String] = [:]
            for account in accounts {
                try AccessStore.addAccount(name: account.name, role: account.role, division: account.division, in: db)
                tokens[account.name] = try AccessStore.issueToken(for: account.name, in: db).secret
            }
            try db.execute(sql: """
                INSERT INTO disaster_events (hazard, name, started_at, started_utc, division, created_at)
                VALUES ('flood', '2026年7月宜都暴雨洪涝', '2026-07-01T08:00:00+08:00', '2026-07-01T00:00:00Z', '420581', '2026-07-01T00:00:00Z')
                """)
            try insert("r1", township: lucheng, by: "reporter-lc", cropsM2: 1_000, in: db)
            try insert("r1b", township: lucheng, by: "reporter-lc", replaces: "r1", cropsM2: 186_000, in: db)
            try insert("r2", township: honghuatao, by: "reporter-hht", cropsM2: 2_000, in: db)
            try insert("r3", township: lucheng, by: "admin", cropsM2: 5, in: db)
            return tokens
        }
        return (try await TestServer.start(database: database), tokens)
    }

    static func insert(_ uid: String, township: String, by account: String, replaces: String? = nil, cropsM2: Int, in db: Database) throws {
        var root = uid, version = 1
        if let replaces, let row = try Row.fetchOne(db, sql: "SELECT root, version FROM disaster_reports WHERE uid = ?", arguments: [replaces]) {
            root = row["root"]
            version = row["version"] + 1
            try db.execute(sql: "UPDATE disaster_reports SET is_current = 0, superseded_at = '2026-07-01T02:00:00Z' WHERE uid = ?", arguments: [replaces])
        }
        try db.execute(sql: """
            INSERT INTO disaster_reports (uid, event, root, replaces, version, submitted_by, received_at, observed_at, observed_utc,
                location_source, township_code, township_name, county_code, scope_code, crops_affected_m2, content_sha256, content, geom)
            VALUES (?, 1, ?, ?, ?, ?, '2026-07-01T01:00:00Z', '2026-07-01T09:00:00+08:00', '2026-07-01T01:00:00Z', 'gps',
                ?, ?, '420581', ?, ?, 'sha', '{}', MakePoint(111.4443, 30.389, 4490))
            """, arguments: [uid, root, replaces, version, account, township, township == lucheng ? "陆城街道" : "红花套镇", township, cropsM2])
    }

    static func bearer(_ token: String?) -> [(String, String)] { [("Authorization", "Bearer \(token ?? "")")] }

    static func json(_ token: String?) -> [(String, String)] { bearer(token) + [("Content-Type", "application/json")] }

    /// The `uid`s of a `{"reports": […]}` answer.
    static func uids(_ response: TestResponse) throws -> [String] {
        (try response.json["reports"] as? [[String: Any]] ?? []).compactMap { $0["uid"] as? String }
    }
}
