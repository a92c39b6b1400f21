import DimingCore
import Foundation
import GRDB

/// The review locks' SQL (`disaster_review_locks`, one row per locked report root).
enum ReviewLockStore {
    /// The lock on `root` that is still live at `now`, if any.
    static func live(root: String, now: Date, in db: Database) throws -> ReviewLock? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT "report", "root", "holder", "taken_at", "expires_at" FROM "disaster_review_locks" WHERE "root" = ?
            """, arguments: [root]) else { return nil }
        let lock = ReviewLock(report: row["report"], root: row["root"], holder: row["holder"], takenAt: row["taken_at"], expiresAt: row["expires_at"])
        guard let expires = ISO8601DateFormatter().date(from: lock.expiresAt), expires > now else { return nil }
        return lock
    }

    /// Takes (or renews) the lock, replacing any expired one.
    static func put(_ lock: ReviewLock, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "disaster_review_locks" ("root", "report", "holder", "taken_at", "expires_at") VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ("root") DO UPDATE SET "report" = excluded."report", "holder" = excluded."holder",
                "taken_at" = excluded."taken_at", "expires_at" = excluded."expires_at"
            """, arguments: [lock.root, lock.report, lock.holder, lock.takenAt, lock.expiresAt])
    }

    static func remove(root: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM \"disaster_review_locks\" WHERE \"root\" = ?", arguments: [root])
    }
}
