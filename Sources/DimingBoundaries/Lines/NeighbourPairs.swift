import DimingCore
import Foundation
import GRDB

/// A pair of divisions of the same level whose bounding boxes meet (within the tolerance), found
/// through the divisions' R*Tree, and the box both lie in: the only place where their shared
/// line, gaps and overlaps can be. Geometry work clips to that box first, so GEOS never nodes
/// two whole county outlines against each other.
struct NeighbourPair: Sendable {
    var left: Int64, right: Int64
    var leftCode: String, rightCode: String
    var leftName: String?, rightName: String?
    var level: String?
    var minLon: Double, minLat: Double, maxLon: Double, maxLat: Double

    /// The Gauss-Krüger zone of the box's middle: where lengths and areas are measured.
    var zone: GaussKruger { GaussKruger(zoneForLongitude: (minLon + maxLon) / 2) }

    /// `metres` in degrees of longitude at the box's middle (the shorter degree, so the value in
    /// degrees is never short of `metres` in either direction).
    func degrees(_ metres: Double) -> Double {
        let lat = (minLat + maxLat) / 2 * .pi / 180
        return metres / (111_320 * max(cos(lat), 0.01))
    }

    /// The candidate pairs of `level` (every level when nil), left code < right code; only those
    /// with a side in `codes` when given.
    /// `clipMarginDegrees` widens the common box: a gap between the two can bulge out of it
    /// (B_gap of boundary.md §4.2 lies 10 m beyond A's box).
    static func candidates(level: String?, marginDegrees: Double, clipMarginDegrees: Double? = nil, codes: Set<String>? = nil,
                           in db: Database) throws -> [NeighbourPair] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, b.id, a.code, b.code, a.name, b.name, a.level,
                   max(MbrMinX(a.geom), MbrMinX(b.geom)) - :c, max(MbrMinY(a.geom), MbrMinY(b.geom)) - :c,
                   min(MbrMaxX(a.geom), MbrMaxX(b.geom)) + :c, min(MbrMaxY(a.geom), MbrMaxY(b.geom)) + :c
            FROM "divisions" a JOIN "divisions" b ON b.ROWID IN (
                SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'divisions' AND f_geometry_column = 'geom'
                  AND search_frame = BuildMbr(MbrMinX(a.geom) - :m, MbrMinY(a.geom) - :m, MbrMaxX(a.geom) + :m, MbrMaxY(a.geom) + :m))
            WHERE a.geom IS NOT NULL AND b.geom IS NOT NULL AND a.code < b.code AND a.level IS b.level
              AND (:level IS NULL OR a.level = :level)
              AND (:codes IS NULL OR a.code IN (SELECT value FROM json_each(:codes)) OR b.code IN (SELECT value FROM json_each(:codes)))
            ORDER BY a.code, b.code
            """, arguments: ["m": marginDegrees, "c": clipMarginDegrees ?? marginDegrees, "level": level,
                                "codes": codes.map { jsonArray($0.sorted()) }])
        return rows.map { row in
            NeighbourPair(left: row[0], right: row[1], leftCode: row[2], rightCode: row[3], leftName: row[4], rightName: row[5],
                          level: row[6], minLon: row[7], minLat: row[8], maxLon: row[9], maxLat: row[10])
        }
    }

    static func jsonArray(_ strings: [String]) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: strings)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// The margin around a pair's common box: the tolerance plus a metre, in degrees at 60°N.
    static func marginDegrees(tolerance: Double) -> Double { (tolerance + 1) / 55_000 }

    /// How far beyond the common box a gap is looked for: 100 m and the tolerance, in degrees at 60°N.
    static func gapMarginDegrees(tolerance: Double) -> Double { (tolerance + 100) / 55_000 }
}
