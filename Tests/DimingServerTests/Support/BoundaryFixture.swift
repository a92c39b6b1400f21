import DimingBoundaries
import DimingCore
import Foundation
import GRDB

/// The demo data plus one boundary line, `markerCount` markers along it and six inspection
/// findings over two rounds, written with SQL: the module's own write API is built elsewhere,
/// and the OGC API only reads the tables.
enum BoundaryFixture {
    static let markerCount = 130
    /// 陆城街道 and 姚家店镇, two townships of the demo data.
    static let left = "420581001", right = "420581105"
    static var lineCode: String { "\(left)-\(right)" }
    /// The markers lie on a straight run from `start`, `step` apart (lon, lat).
    static let start = (lon: 111.400, lat: 30.360), step = (lon: 0.0004, lat: 0.0002)
    /// The findings' dates: round 1 in spring 2024, round 2 in autumn.
    static let findingDates = ["2024-03-10", "2024-03-10", "2024-03-11", "2024-09-20", "2024-09-21", "2024-09-22"]

    static func marker(_ i: Int) -> (lon: Double, lat: Double) {
        (start.lon + Double(i) * step.lon, start.lat + Double(i) * step.lat)
    }

    static func number(_ i: Int) -> String { "\(lineCode)-\(String(format: "%03d", i + 1))" }

    static func makeDatabase() throws -> DimingDatabase {
        let database = try TestServer.makeDatabase()
        try database.pool.write { db in
            let end = marker(markerCount - 1)
            try db.execute(sql: """
                INSERT INTO "boundary_lines" ("code", "left_code", "right_code", "left_name", "right_name", "level", "length_m", "version", "geom")
                VALUES (?, ?, ?, '陆城街道', '姚家店镇', 'township', NULL, 1, CastToMulti(MakeLine(MakePoint(?, ?, 4490), MakePoint(?, ?, 4490))))
                """, arguments: [lineCode, left, right, start.lon, start.lat, end.lon, end.lat])
            try db.execute(sql: #"UPDATE "boundary_lines" SET "length_m" = GLength("geom", 1)"#)
            let statuses = MarkerCondition.allCases.map(\.rawValue)
            for i in 0..<markerCount {
                let p = marker(i)
                try db.execute(sql: """
                    INSERT INTO "boundary_markers" ("number", "line", "left_code", "right_code", "sequence", "type_code", "kind",
                        "x_cgcs2000_gk", "y_cgcs2000_gk", "epsg", "status", "geom")
                    VALUES (?, ?, ?, ?, ?, 'Q', 'single', 0, 0, 4546, ?, MakePoint(?, ?, 4490))
                    """, arguments: [number(i), lineCode, left, right, i + 1, statuses[i % statuses.count], p.lon, p.lat])
            }
            // The surveyed metres from the point (X northing, Y easting), as a survey would give them.
            try db.execute(sql: #"""
                UPDATE "boundary_markers" SET "x_cgcs2000_gk" = round(Y(ST_Transform("geom", 4546)), 3),
                                              "y_cgcs2000_gk" = round(X(ST_Transform("geom", 4546)), 3)
                """#)
            for round in 1...2 {
                try db.execute(sql: """
                    INSERT INTO "inspection_rounds" ("id", "line", "round", "started_on", "tolerance_m", "created_at")
                    VALUES (?, ?, ?, ?, 0.1, '2024-01-01T00:00:00Z')
                    """, arguments: ["round-\(round)", lineCode, round, round == 1 ? "2024-03-10" : "2024-09-20"])
            }
            let kinds = ["intact", "moved", "missing", "intact", "damaged", "construction"]
            for (i, date) in findingDates.enumerated() {
                let p = marker(i * 10)
                try db.execute(sql: """
                    INSERT INTO "inspections" ("round", "line", "left_code", "right_code", "marker", "kind", "inspection_date", "epsg", "geom")
                    VALUES (?, ?, ?, ?, ?, ?, ?, 4546, MakePoint(?, ?, 4490))
                    """, arguments: [i < 3 ? "round-1" : "round-2", lineCode, left, right, kinds[i] == "construction" ? nil : number(i * 10),
                                     kinds[i], date, p.lon, p.lat])
            }
        }
        return database
    }

    /// One server over the fixture, shared by the tests that only read.
    static let server = Task { try await TestServer.start(database: try makeDatabase()) }
}
