import DimingCore
@testable import DimingDisaster
import Foundation
import GRDB
import Testing

/// `disaster-004-lean-report-inserts` on a file made before it (the fixture of
/// FilingsLocksMigrationTests): the redundant index and SpatiaLite's time-stamp triggers are
/// gone, the reports and their spatial index are intact, and a new report still reaches the index.
@Suite struct LeanReportInsertsMigrationTests {
    @Test func theOldFileLosesOnlyWhatNobodyReads() async throws {
        let database = try FilingsLocksMigrationTests.oldFile("lean-inserts")
        #expect(try database.appliedMigrations().contains("disaster-004-lean-report-inserts"))
        let (objects, indexCheck, indexed) = try await database.pool.read { db in
            (try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name = 'disaster_reports'")),
             try Int.fetchOne(db, sql: "SELECT CheckSpatialIndex('disaster_reports', 'geom')"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM idx_disaster_reports_geom"))
        }
        #expect(!objects.contains("disaster_reports_event"))
        #expect(objects.isDisjoint(with: ["tmi_disaster_reports_geom", "tmu_disaster_reports_geom", "tmd_disaster_reports_geom"]))
        #expect(objects.isSuperset(of: ["disaster_reports_event_current", "ggi_disaster_reports_geom", "gii_disaster_reports_geom",
                                        "diming_changes_disaster_reports_insert"]))
        #expect(indexCheck == 1 && indexed == 2)

        let reporter = Account(id: 8, name: "li", role: .disasterReporter, scope: .everywhere, createdAt: Date())
        let body = Array(#"{"type": "Feature", "id": "6f0d1c2e-0000-4000-8000-000000000003", "geometry": {"type": "Point", "coordinates": [111.4851, 30.4046]}, "properties": {"event": 1, "observed_at": "2026-07-10T08:30:00+08:00", "location_source": "gps", "accuracy_m": 8, "affected_people": 5}}"#.utf8)
        let answer = try await Disaster(database).submit(body, by: reporter, locators: LocatorCache(database: database))
        #expect(answer.outcome == .created)
        let found = try await database.pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT uid FROM disaster_reports WHERE rowid IN (SELECT pkid FROM idx_disaster_reports_geom
                    WHERE xmin <= 111.4852 AND xmax >= 111.4850 AND ymin <= 30.4047 AND ymax >= 30.4045)
                """)
        }
        #expect(found.contains("6f0d1c2e-0000-4000-8000-000000000003"))
        #expect(try await Disaster(database).summary(event: 1).total.indicators.decimalText(.affectedPeople) == "350")
    }
}
