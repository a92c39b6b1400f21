import DimingCore
import DimingTestSupport
import Foundation
import GRDB

/// Reports written straight into `disaster_reports` (the submission path is another area's):
/// each row as the schema stores a version, at a point, for an event.
enum ReportRows {
    /// The repository's `gazetteer/` folder.
    static let gazetteer = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("gazetteer")

    /// A new file with the disaster module and the demo data of Yidu.
    static func demoDatabase(_ name: String) throws -> DimingDatabase {
        let database = try DisasterModuleTests.newDatabase(name)
        _ = try DemoDataset.load(from: gazetteer, into: database)
        return database
    }

    /// Opens an event and returns its id.
    @discardableResult
    static func event(_ name: String = "2026年7月宜都暴雨洪涝", in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO disaster_events (hazard, name, started_at, started_utc, division, created_at)
            VALUES ('flood', ?, '2026-07-01T08:00:00+08:00', '2026-07-01T00:00:00Z', '420581', '2026-07-01T00:00:00Z')
            """, arguments: [name])
        return db.lastInsertedRowID
    }

    /// One version of a report. `replaces` makes it a correction: the replaced version stops
    /// being current.
    static func insert(uid: String, event: Int64, township: String? = "420581001", submittedBy: String = "reporter-lc",
                       replaces: String? = nil, cropsM2: Int = 0, people: Int = 0, photos: [String] = [],
                       lon: Double = 111.4443, lat: Double = 30.3890, in db: Database) throws {
        var root = uid
        var version = 1
        if let replaces, let row = try Row.fetchOne(db, sql: "SELECT root, version FROM disaster_reports WHERE uid = ?", arguments: [replaces]) {
            root = row["root"]
            version = row["version"] + 1
            try db.execute(sql: "UPDATE disaster_reports SET is_current = 0, superseded_at = '2026-07-01T02:00:00Z' WHERE uid = ?",
                           arguments: [replaces])
        }
        let photoJSON = "[" + photos.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        try db.execute(sql: """
            INSERT INTO disaster_reports (uid, event, root, replaces, version, submitted_by, received_at, observed_at, observed_utc,
                location_source, township_code, township_name, county_code, scope_code, affected_people, crops_affected_m2,
                crops_affected_mu, photos, photos_expected, content_sha256, content, geom)
            VALUES (?, ?, ?, ?, ?, ?, '2026-07-01T01:00:00Z', '2026-07-01T09:00:00+08:00', '2026-07-01T01:00:00Z',
                'gps', ?, ?, '420581', ?, ?, ?, NULL, ?, ?, 'sha', '{}', MakePoint(?, ?, 4490))
            """, arguments: [uid, event, root, replaces, version, submittedBy, township, township == nil ? nil : "陆城街道",
                             township, people, cropsM2, photoJSON, photos.count, lon, lat])
    }
}
