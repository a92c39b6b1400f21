import DimingCore
import Foundation
import GRDB

/// A line derived from two neighbours' polygons, before it is compared with the stored one.
struct DerivedLine: Sendable {
    var pair: NeighbourPair
    /// SpatiaLite BLOB, MULTILINESTRING, SRID 4490, made of the left division's vertices.
    var blob: Data
    var lengthM: Double
}

/// The shared line of each pair: both boundaries clipped to the pair's common box, the right
/// one snapped onto the left within the tolerance (so sub-millimetre noise does not cut the
/// line into points), `SharedPaths`, then `ST_LineMerge`. The line keeps the left division's
/// vertices exactly, in lon/lat, so an unchanged derivation gives the same bytes.
enum SharedLineFinder {
    /// The pairs whose lines are derived: of `level` (all when nil), with a side in `codes` when given.
    static func pairs(level: String?, codes: Set<String>? = nil, tolerance: Double, in db: Database) throws -> [NeighbourPair] {
        try NeighbourPair.candidates(level: level, marginDegrees: NeighbourPair.marginDegrees(tolerance: tolerance), codes: codes, in: db)
    }

    static func lines(_ pairs: [NeighbourPair], tolerance: Double, in db: Database) throws -> [DerivedLine] {
        let shared = try db.cachedStatement(sql: """
            SELECT CastToMultiLinestring(ST_LineMerge(SharedPaths(ca, CASE WHEN :snap THEN ST_Snap(cb, ca, :t) ELSE cb END))) FROM (
                SELECT ST_Intersection(ST_Boundary(a.geom), BuildMbr(:x0, :y0, :x1, :y1, 4490)) ca,
                       ST_Intersection(ST_Boundary(b.geom), BuildMbr(:x0, :y0, :x1, :y1, 4490)) cb
                FROM "divisions" a, "divisions" b WHERE a.id = :a AND b.id = :b)
            """)
        let length = try db.cachedStatement(sql: "SELECT ST_Length(ST_Transform(SetSRID(?, 4490), ?))")
        var lines: [DerivedLine] = []
        var outlines = OutlineCache()
        for pair in pairs {
            // The snap (quadratic in GEOS) moves nothing on a pair that meets cleanly: skip it.
            let snap = try !PairCheck.isClean(pair, tolerance: tolerance, outlines: &outlines, in: db)
            let arguments: StatementArguments = ["snap": snap, "t": pair.degrees(tolerance), "x0": pair.minLon, "y0": pair.minLat,
                                                 "x1": pair.maxLon, "y1": pair.maxLat, "a": pair.left, "b": pair.right]
            guard let blob = try Data.fetchOne(shared, arguments: arguments), !blob.isEmpty else { continue }
            let metres = try Double.fetchOne(length, arguments: [blob, pair.zone.epsg]) ?? 0
            guard metres > 0 else { continue }
            lines.append(DerivedLine(pair: pair, blob: blob, lengthM: metres))
        }
        return lines
    }
}
