import DimingCore
import GRDB

extension DisasterMigrations {
    /// `disaster-004-lean-report-inserts`: less work for each report written (issue 11's
    /// throughput). Measured with 10,000 rows inserted in one transaction on a demo file, each
    /// of these was a tenth to a fifth of the insert:
    /// - `disaster_reports_event` goes: `disaster_reports_event_current` (event, is_current,
    ///   review_state) serves every lookup by event.
    /// - SpatiaLite's `tmi_`/`tmu_`/`tmd_` triggers go: they stamp `geometry_columns_time` on
    ///   every row written, for no reader; `diming_changes` (the core's counters, bumped by its own
    ///   triggers) is what says when the layer changed. The geometry constraint (`ggi_`/`ggu_`)
    ///   and spatial index (`gii_`/`giu_`/`gid_`) triggers stay.
    static let leanReportInserts = SchemaMigration("disaster-004-lean-report-inserts") { db in
        try db.execute(sql: """
            DROP INDEX IF EXISTS "disaster_reports_event";
            DROP TRIGGER IF EXISTS "tmi_disaster_reports_geom";
            DROP TRIGGER IF EXISTS "tmu_disaster_reports_geom";
            DROP TRIGGER IF EXISTS "tmd_disaster_reports_geom";
            """)
    }
}
