import DimingCore
import DimingDisaster
import Foundation
import GRDB

/// Reports written straight into `disaster_reports` with SQL (the submission path is built
/// elsewhere; the schema is frozen, so these rows stay valid), and a county with townships in
/// the divisions layer: 甲镇 (…001), 乙镇 (…100) and 丙镇 (…101), real codes of 宜都市.
enum EventFixture {
    static let county = "420581", jia = "420581001", yi = "420581100", bing = "420581101"

    static func database(_ name: String) throws -> DimingDatabase {
        let database = try DisasterModuleTests.newDatabase(name)
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO "divisions" ("code", "name", "level", "parent", "geom") VALUES
                  ('420581', '宜都市', 'county', NULL, CastToMultiPolygon(GeomFromText('POLYGON((111.1 30.2, 111.6 30.2, 111.6 30.6, 111.1 30.6, 111.1 30.2))', 4490))),
                  ('420581001', '甲镇', 'township', '420581', CastToMultiPolygon(GeomFromText('POLYGON((111.1 30.2, 111.3 30.2, 111.3 30.4, 111.1 30.4, 111.1 30.2))', 4490))),
                  ('420581100', '乙镇', 'township', '420581', CastToMultiPolygon(GeomFromText('POLYGON((111.3 30.2, 111.6 30.2, 111.6 30.4, 111.3 30.4, 111.3 30.2))', 4490))),
                  ('420581101', '丙镇', 'township', '420581', CastToMultiPolygon(GeomFromText('POLYGON((111.1 30.4, 111.6 30.4, 111.6 30.6, 111.1 30.6, 111.1 30.4))', 4490)));
                """)
        }
        return database
    }

    /// One report version: figures by indicator in API units (hectares, 万元 as text).
    struct Version {
        var uid: String
        var root: String
        var township: String?
        var receivedAt: String
        var isCurrent = true
        var supersededAt: String? = nil
        var review = "received"
        var replaces: String? = nil
        var figures: [Indicator: String] = [:]
    }

    static func insert(_ v: Version, event: Int64, into database: DimingDatabase) throws {
        try database.pool.write { db in try insert(v, event: event, in: db) }
    }

    static func insert(_ v: Version, event: Int64, in db: Database) throws {
        let columns = Indicator.allCases.map { "\"\($0.column)\"" }.joined(separator: ", ")
        let values = Indicator.allCases.map { stored(v.figures[$0] ?? "0", $0) }
        let names: [String: String] = [jia: "甲镇", yi: "乙镇", bing: "丙镇"]
        try db.execute(sql: """
            INSERT INTO "disaster_reports" ("uid", "event", "root", "replaces", "version", "is_current", "superseded_at", "review_state",
                "received_at", "observed_at", "observed_utc", "location_source", "township_code", "township_name", "county_code",
                \(columns), "content_sha256", "content", "geom")
            VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'gps', ?, ?, ?, \(values.map { _ in "?" }.joined(separator: ", ")), 'h', '{}',
                    MakePoint(111.2, 30.3, 4490))
            """, arguments: StatementArguments([v.uid, event, v.root, v.replaces, v.isCurrent ? 1 : 0, v.supersededAt, v.review,
                                                v.receivedAt, v.receivedAt, v.receivedAt, v.township, v.township.flatMap { names[$0] },
                                                v.township == nil ? nil : county] as [(any DatabaseValueConvertible)?])
                + StatementArguments(values))
    }

    /// `text` in the indicator's stored unit, exactly (`18.6` ha → 186000 m²).
    static func stored(_ text: String, _ indicator: Indicator) -> Int {
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = Int(parts[0])! * indicator.scale
        guard parts.count == 2 else { return whole }
        let digits = String(parts[1])
        let fraction = Int(digits)! * indicator.scale / Int(pow(10, Double(digits.count)))
        return whole + fraction
    }

    static func figures(_ values: [Int], crops: (String, String, String), loss: String) -> [Indicator: String] {
        let counted: [Indicator] = [.affectedPeople, .dead, .missing, .relocatedPeople, .relocatedConcentrated, .relocatedDispersed,
                                    .needAidPeople, .collapsedHouseholds, .collapsedRooms, .severeHouseholds, .severeRooms,
                                    .generalHouseholds, .generalRooms]
        var figures = [Indicator: String]()
        for (indicator, value) in zip(counted, values) { figures[indicator] = String(value) }
        figures[.cropsAffectedHa] = crops.0
        figures[.cropsHitHa] = crops.1
        figures[.cropsLostHa] = crops.2
        figures[.directLoss10kYuan] = loss
        return figures
    }

    /// TC-1's 甲镇 (m1, m2 superseded by m5, m3), a rejected report that must not count, one
    /// report in 乙镇, and three points outside every division (unassigned).
    static func tc1(event: Int64, into database: DimingDatabase) throws {
        let m1 = figures([320, 0, 1, 85, 60, 25, 40, 2, 5, 3, 7, 6, 11], crops: ("18.6", "9.2", "2.5"), loss: "126.4")
        let m2 = figures([210, 1, 0, 40, 40, 0, 25, 1, 3, 2, 4, 4, 6], crops: ("12.0", "5.5", "0.8"), loss: "74.9")
        let m3 = figures([95, 0, 0, 0, 0, 0, 10, 0, 0, 1, 2, 3, 5], crops: ("7.4", "3.0", "0"), loss: "21.3")
        let m5 = figures([230, 1, 0, 40, 40, 0, 30, 1, 3, 2, 4, 5, 8], crops: ("12.0", "5.5", "0.8"), loss: "80.1")
        let versions = [
            Version(uid: "u-0001", root: "u-0001", township: jia, receivedAt: "2025-07-09T20:00:00Z", figures: m1),
            Version(uid: "u-0002", root: "u-0002", township: jia, receivedAt: "2025-07-09T21:00:00Z", isCurrent: false,
                    supersededAt: "2025-07-10T02:00:00Z", figures: m2),
            Version(uid: "u-0003", root: "u-0003", township: jia, receivedAt: "2025-07-09T22:00:00Z", figures: m3),
            Version(uid: "u-0004", root: "u-0002", township: jia, receivedAt: "2025-07-10T02:00:00Z", replaces: "u-0002", figures: m5),
            Version(uid: "u-rejected", root: "u-rejected", township: jia, receivedAt: "2025-07-09T23:00:00Z", review: "rejected",
                    figures: [.affectedPeople: "999", .dead: "9"]),
            Version(uid: "u-yi", root: "u-yi", township: yi, receivedAt: "2025-07-09T23:30:00Z",
                    figures: [.affectedPeople: "50", .cropsAffectedHa: "0.1", .directLoss10kYuan: "0.05"]),
        ] + (1...3).map { i in
            Version(uid: "u-out-\(i)", root: "u-out-\(i)", township: nil, receivedAt: "2025-07-10T01:0\(i):00Z",
                    figures: [.affectedPeople: "10", .cropsAffectedHa: "0.2"])
        }
        for version in versions { try insert(version, event: event, into: database) }
    }
}
