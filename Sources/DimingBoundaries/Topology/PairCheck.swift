import DimingCore
import Foundation
import GRDB

/// Gaps and overlaps between two neighbours of the same level, inside their common box.
///
/// Both polygons are clipped to the box (expanded by the tolerance and a metre), the right one
/// is snapped onto the left within the tolerance, then: the overlap is their intersection; the
/// gaps are the parts of `box − (left ∪ right)` that do not reach the box's frame, i.e. land
/// enclosed by the two alone. This finds a gap between neighbours that touch only at points
/// (boundary.md §4.2, B_gap), which a hole in their union would not. A gap reaching beyond the
/// pair's common box, or closed by a third division, is not found here.
enum PairCheck {
    static func findings(_ pair: NeighbourPair, tolerance: Double, in db: Database) throws -> [TopologyFinding] {
        let statement = try db.cachedStatement(sql: """
            SELECT CollectionExtract(ST_Intersection(ca, sb), 3), CollectionExtract(ST_Difference(box, ST_Union(ca, sb)), 3), ca, cb
            FROM (SELECT ca, cb, CASE WHEN :t > 0 THEN ST_Snap(cb, ca, :t) ELSE cb END sb, box FROM (
                SELECT ST_Intersection(a.geom, BuildMbr(:x0, :y0, :x1, :y1, 4490)) ca,
                       ST_Intersection(b.geom, BuildMbr(:x0, :y0, :x1, :y1, 4490)) cb, BuildMbr(:x0, :y0, :x1, :y1, 4490) box
                FROM "divisions" a, "divisions" b WHERE a.id = :a AND b.id = :b))
            WHERE ca IS NOT NULL AND cb IS NOT NULL AND NOT ST_IsEmpty(ca) AND NOT ST_IsEmpty(cb)
            """)
        guard let row = try Row.fetchOne(statement, arguments: [
            "t": pair.degrees(tolerance), "x0": pair.minLon, "y0": pair.minLat, "x1": pair.maxLon, "y1": pair.maxLat,
            "a": pair.left, "b": pair.right,
        ]) else { return [] }
        let overlaps = try polygons(row.geometry(atIndex: 0))
        let gaps = try polygons(row.geometry(atIndex: 1)).filter { !reachesFrame($0, pair) }
            .flatMap { try withoutOthers($0, pair, in: db) }
        guard !overlaps.isEmpty || !gaps.isEmpty else { return [] }
        let left = outline(try row.geometry(atIndex: 2)), right = outline(try row.geometry(atIndex: 3))
        var findings: [TopologyFinding] = []
        for (kind, parts) in [(TopologyFindingKind.overlap, overlaps), (.gap, gaps)] {
            for part in parts {
                guard let m = try SliverMeasure.measure(part, first: left, second: right, zone: pair.zone, in: db),
                      m.touchesBoth(tolerance: tolerance),
                      TopologyThreshold.reports(areaM2: m.areaM2, widthM: m.widthM, tolerance: tolerance) else { continue }
                findings.append(TopologyFinding(kind: kind, codes: [pair.leftCode, pair.rightCode], areaM2: m.areaM2, widthM: m.widthM,
                                                location: m.location, geometry: .polygon(part)))
            }
        }
        return findings
    }

    /// Whether the pair's outlines meet cleanly (``CleanContact``): then the overlay is not needed.
    /// The margin is twice the tolerance and a centimetre, in degrees: far more than the snap moves.
    static func isClean(_ pair: NeighbourPair, tolerance: Double, outlines: inout OutlineCache, in db: Database) throws -> Bool {
        guard let first = try outlines.geometry(pair.left, in: db), let second = try outlines.geometry(pair.right, in: db) else { return false }
        let box = CleanContact.Box(minLon: pair.minLon, minLat: pair.minLat, maxLon: pair.maxLon, maxLat: pair.maxLat)
        return CleanContact.isClean(first, second, in: box, margin: pair.degrees(2 * (tolerance + 0.01)))
    }

    /// `part` without the other divisions of the level lying in it (an enclave, or a third
    /// neighbour closing a bay of the pair).
    static func withoutOthers(_ part: PolygonCoordinates, _ pair: NeighbourPair, in db: Database) throws -> [PolygonCoordinates] {
        let statement = try db.cachedStatement(sql: """
            SELECT CollectionExtract(ST_Difference(p, (
                SELECT ST_Union(geom) FROM "divisions" WHERE id NOT IN (:a, :b) AND level IS :level AND ROWID IN (
                    SELECT ROWID FROM SpatialIndex WHERE f_table_name = 'divisions' AND f_geometry_column = 'geom' AND search_frame = p)
                  AND ST_Intersects(geom, p))), 3)
            FROM (SELECT SetSRID(:part, 4490) p)
            """)
        let blob = Data(SpatiaLiteBlob.encode(.polygon(part), srid: 4490))
        guard let rest = try Row.fetchOne(statement, arguments: ["a": pair.left, "b": pair.right, "level": pair.level, "part": blob]),
              !rest.hasNull(atIndex: 0) else { return [part] }
        return polygons(try rest.geometry(atIndex: 0))
    }

    static func polygons(_ geometry: Geometry?) -> [PolygonCoordinates] {
        switch geometry {
        case let .polygon(p)?: [p]
        case let .multiPolygon(ps)?: ps
        default: []
        }
    }

    /// The rings of a polygon as lines: the outline that a sliver's vertices lie on.
    static func outline(_ geometry: Geometry?) -> Geometry {
        .multiLineString(polygons(geometry).flatMap { $0 })
    }

    /// Whether a part of the box outside both polygons touches the box's edge: then it is open
    /// land beyond the pair, not a gap between them.
    static func reachesFrame(_ part: PolygonCoordinates, _ pair: NeighbourPair) -> Bool {
        let eps = 1e-11
        return part.contains { ring in
            ring.contains { p in
                abs(p.lon - pair.minLon) < eps || abs(p.lon - pair.maxLon) < eps || abs(p.lat - pair.minLat) < eps || abs(p.lat - pair.maxLat) < eps
            }
        }
    }
}

/// Which slivers are findings: wider than the tolerance and larger than its square (with
/// tolerance 0, anything above float noise).
enum TopologyThreshold {
    static func reports(areaM2: Double, widthM: Double, tolerance: Double) -> Bool {
        areaM2 > max(tolerance * tolerance, 1e-6) && widthM > tolerance
    }
}
