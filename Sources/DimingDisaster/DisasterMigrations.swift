import DimingCore
import GRDB

extension DimingModule {
    /// 灾情: disaster events (灾害过程) and the rapid field reports (灾情速报) filed for them,
    /// with their versions and reviews. The DDL below is what each release created; never edit
    /// it — add a migration.
    public static let disaster = DimingModule(name: "disaster", dependencies: ["core"], migrations: DisasterMigrations.all,
                                              layers: [.disasterReports])
}

enum DisasterMigrations {
    static let all: [SchemaMigration] = [
        SchemaMigration("disaster-001-events") { db in
            // 灾害过程: one row per event; `divisions` is a JSON array of the affected division
            // codes, `division` the one the event is filed for (the county). Each status change
            // is a row of `disaster_event_changes`, so the reporting clocks can be recomputed.
            try db.execute(sql: """
                CREATE TABLE "disaster_events" (
                    "id" INTEGER PRIMARY KEY,
                    "hazard" TEXT NOT NULL, "subtype" TEXT, "name" TEXT NOT NULL,
                    "started_at" TEXT NOT NULL, "started_utc" TEXT NOT NULL,
                    "division" TEXT, "divisions" TEXT NOT NULL DEFAULT '[]',
                    "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'stabilised', 'closed')),
                    "stabilised_at" TEXT, "closed_at" TEXT,
                    "deadline_profile" TEXT, "mass_collapse" INTEGER NOT NULL DEFAULT 0,
                    "note" TEXT, "created_by" TEXT, "created_at" TEXT NOT NULL);
                CREATE INDEX "disaster_events_division" ON "disaster_events"("division");
                CREATE TABLE "disaster_event_changes" (
                    "id" INTEGER PRIMARY KEY, "event" INTEGER NOT NULL REFERENCES "disaster_events"("id"),
                    "status" TEXT NOT NULL, "at" TEXT NOT NULL, "account" TEXT, "note" TEXT);
                CREATE INDEX "disaster_event_changes_event" ON "disaster_event_changes"("event");
                """)
        },
        SchemaMigration("disaster-002-reports") { db in
            // 灾情速报: one row per version of a report, `uid` the client's UUID. A correction is
            // a new row whose `replaces` names the version it corrects; all versions of one
            // report share `root`, and exactly one of them is current (the partial unique index
            // is what makes two racing corrections fail instead of both counting).
            // Quantities are exact integers in the smallest unit (m², yuan); the `_ha` and
            // `_10k_yuan` columns are computed from them for readers, and an area entered in 亩
            // keeps the entered text in `_mu`. `content_sha256` is the hash of the report as
            // submitted (canonical JSON in `content`): same id + same hash is a resend.
            try SpatialTable.create("disaster_reports", columns: """
                "uid" TEXT NOT NULL UNIQUE, "event" INTEGER NOT NULL REFERENCES "disaster_events"("id"), \
                "root" TEXT NOT NULL, "replaces" TEXT, "version" INTEGER NOT NULL DEFAULT 1, \
                "is_current" INTEGER NOT NULL DEFAULT 1, "superseded_at" TEXT, \
                "review_state" TEXT NOT NULL DEFAULT 'received' \
                CHECK ("review_state" IN ('received', 'has_issues', 'approved', 'rejected')), \
                "submitted_by" TEXT, "received_at" TEXT NOT NULL, \
                "observed_at" TEXT NOT NULL, "observed_utc" TEXT NOT NULL, \
                "location_source" TEXT NOT NULL CHECK ("location_source" IN ('gps', 'map', 'typed')), "accuracy_m" REAL, \
                "flags" TEXT NOT NULL DEFAULT '[]', \
                "township_code" TEXT, "township_name" TEXT, "county_code" TEXT, "scope_code" TEXT, \
                "nearest_address" TEXT, "nearest_address_m" REAL, "nearest_road" TEXT, "nearest_road_m" REAL, \
                "nearest_shelter" TEXT, "nearest_shelter_m" REAL, \
                "note" TEXT, "photos" TEXT NOT NULL DEFAULT '[]', "photos_expected" INTEGER NOT NULL DEFAULT 0, \
                "affected_people" INTEGER NOT NULL DEFAULT 0, "dead" INTEGER NOT NULL DEFAULT 0, "missing" INTEGER NOT NULL DEFAULT 0, \
                "relocated_people" INTEGER NOT NULL DEFAULT 0, "relocated_concentrated" INTEGER NOT NULL DEFAULT 0, \
                "relocated_dispersed" INTEGER NOT NULL DEFAULT 0, "need_aid_people" INTEGER NOT NULL DEFAULT 0, \
                "collapsed_households" INTEGER NOT NULL DEFAULT 0, "collapsed_rooms" INTEGER NOT NULL DEFAULT 0, \
                "severe_households" INTEGER NOT NULL DEFAULT 0, "severe_rooms" INTEGER NOT NULL DEFAULT 0, \
                "general_households" INTEGER NOT NULL DEFAULT 0, "general_rooms" INTEGER NOT NULL DEFAULT 0, \
                "crops_affected_m2" INTEGER NOT NULL DEFAULT 0, "crops_hit_m2" INTEGER NOT NULL DEFAULT 0, \
                "crops_lost_m2" INTEGER NOT NULL DEFAULT 0, \
                "crops_affected_mu" TEXT, "crops_hit_mu" TEXT, "crops_lost_mu" TEXT, \
                "direct_loss_yuan" INTEGER NOT NULL DEFAULT 0, \
                "crops_affected_ha" REAL GENERATED ALWAYS AS ("crops_affected_m2" / 10000.0) VIRTUAL, \
                "crops_hit_ha" REAL GENERATED ALWAYS AS ("crops_hit_m2" / 10000.0) VIRTUAL, \
                "crops_lost_ha" REAL GENERATED ALWAYS AS ("crops_lost_m2" / 10000.0) VIRTUAL, \
                "direct_loss_10k_yuan" REAL GENERATED ALWAYS AS ("direct_loss_yuan" / 10000.0) VIRTUAL, \
                "content_sha256" TEXT NOT NULL, "content" TEXT NOT NULL
                """, geometryType: .point, indexed: ["event", "root", "township_code", "county_code", "scope_code"], in: db)
            try db.execute(sql: """
                CREATE UNIQUE INDEX "disaster_reports_one_current" ON "disaster_reports"("root") WHERE "is_current" = 1;
                CREATE INDEX "disaster_reports_event_current" ON "disaster_reports"("event", "is_current", "review_state");
                CREATE TABLE "disaster_report_reviews" (
                    "id" INTEGER PRIMARY KEY, "report" TEXT NOT NULL REFERENCES "disaster_reports"("uid"),
                    "state" TEXT NOT NULL CHECK ("state" IN ('received', 'has_issues', 'approved', 'rejected')),
                    "at" TEXT NOT NULL, "account" TEXT, "note" TEXT);
                CREATE INDEX "disaster_report_reviews_report" ON "disaster_report_reviews"("report");
                """)
        },
        filingsAndLocks,
        leanReportInserts,
    ]
}
