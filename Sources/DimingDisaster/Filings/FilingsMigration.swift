import DimingCore
import GRDB

extension DisasterMigrations {
    /// `disaster-003-filings-locks`: the county's filings (上报) and the review locks (审核锁).
    static let filingsAndLocks = SchemaMigration("disaster-003-filings-locks") { db in
        // 上报: one row per filing; `summary` is the event summary frozen at `as_of` and
        // `summary_sha256` its hash. Once approved or returned a row never changes and an
        // approved one is never deleted: the triggers refuse it, whatever the caller.
        // 审核锁: one row per locked report (its root); a row past `expires_at` is ignored.
        try db.execute(sql: """
            CREATE TABLE "disaster_filings" (
                "id" INTEGER PRIMARY KEY, "event" INTEGER NOT NULL REFERENCES "disaster_events"("id"),
                "kind" TEXT NOT NULL CHECK ("kind" IN ('initial', 'follow_up', 'final')),
                "as_of" TEXT NOT NULL, "summary" TEXT NOT NULL, "summary_sha256" TEXT NOT NULL,
                "author" TEXT NOT NULL, "created_at" TEXT NOT NULL, "note" TEXT,
                "state" TEXT NOT NULL DEFAULT 'prepared' CHECK ("state" IN ('prepared', 'approved', 'returned')),
                "decided_by" TEXT, "decided_at" TEXT, "reason" TEXT,
                CHECK ("state" = 'prepared' OR ("decided_by" IS NOT NULL AND "decided_by" <> "author")));
            CREATE INDEX "disaster_filings_event" ON "disaster_filings"("event", "kind", "state");
            CREATE TRIGGER "disaster_filings_decided_frozen" BEFORE UPDATE ON "disaster_filings"
                WHEN OLD."state" <> 'prepared' BEGIN SELECT RAISE(ABORT, 'a decided filing never changes'); END;
            CREATE TRIGGER "disaster_filings_approved_kept" BEFORE DELETE ON "disaster_filings"
                WHEN OLD."state" = 'approved' BEGIN SELECT RAISE(ABORT, 'an approved filing is never deleted'); END;
            CREATE TABLE "disaster_review_locks" (
                "root" TEXT PRIMARY KEY, "report" TEXT NOT NULL, "holder" TEXT NOT NULL,
                "taken_at" TEXT NOT NULL, "expires_at" TEXT NOT NULL);
            """)
    }
}
