import DimingCore
import Foundation
import GRDB

/// The checks of single divisions and of children against their parent.
enum DivisionChecks {
    /// `invalid_geometry`: a polygon GEOS calls invalid, located where it is invalid.
    static func invalid(level: String?, in db: Database) throws -> [TopologyFinding] {
        try Row.fetchAll(db, sql: """
            SELECT code, X(IsValidDetail(geom)), Y(IsValidDetail(geom)), X(ST_PointOnSurface(ST_Envelope(geom))), Y(ST_PointOnSurface(ST_Envelope(geom)))
            FROM "divisions" WHERE geom IS NOT NULL AND ST_IsValid(geom) = 0 AND (? IS NULL OR level = ?) ORDER BY code
            """, arguments: [level, level]).map { row in
            let lon: Double = row[1] ?? row[3], lat: Double = row[2] ?? row[4]
            return TopologyFinding(kind: .invalidGeometry, codes: [row[0]], location: Position(lon: lon, lat: lat))
        }
    }

    /// `outside_parent` (child land outside its parent) and `parent_gap` (parent land no child
    /// covers), for the children whose parent is loaded too.
    static func parents(tolerance: Double, level: String?, in db: Database) throws -> [TopologyFinding] {
        let families = try Row.fetchAll(db, sql: """
            SELECT p.id, p.code, group_concat(c.id), group_concat(c.code), MbrMinX(p.geom), MbrMaxX(p.geom), MbrMinY(p.geom), MbrMaxY(p.geom)
            FROM "divisions" c JOIN "divisions" p ON p.code = c.parent
            WHERE c.geom IS NOT NULL AND p.geom IS NOT NULL AND (? IS NULL OR c.level = ?)
            GROUP BY p.id ORDER BY p.code
            """, arguments: [level, level])
        var findings: [TopologyFinding] = []
        for family in families {
            let parentID: Int64 = family[0], parentCode: String = family[1]
            let childIDs = (family[2] as String).split(separator: ",").compactMap { Int64($0) }
            let childCodes = (family[3] as String).split(separator: ",").map(String.init)
            let minLon: Double = family[4], maxLon: Double = family[5], minLat: Double = family[6], maxLat: Double = family[7]
            let zone = GaussKruger(zoneForLongitude: (minLon + maxLon) / 2)
            let middleLatitude: Double = (minLat + maxLat) / 2 * Double.pi / 180
            let t: Double = tolerance / (111_320 * max(cos(middleLatitude), 0.01))
            for (id, code) in zip(childIDs, childCodes) {
                let row = try Row.fetchOne(db, sql: """
                    SELECT CollectionExtract(ST_Difference(CASE WHEN :t > 0 THEN ST_Snap(c.geom, p.geom, :t) ELSE c.geom END, p.geom), 3),
                           p.geom, c.geom
                    FROM "divisions" c, "divisions" p WHERE c.id = :c AND p.id = :p
                    """, arguments: ["t": t, "c": id, "p": parentID])
                findings += try measured(.outsideParent, row, codes: [parentCode, code], tolerance: tolerance, zone: zone, in: db)
            }
            let ids = childIDs.map(String.init).joined(separator: ",")
            let row = try Row.fetchOne(db, sql: """
                SELECT CollectionExtract(ST_Difference(p.geom, CASE WHEN :t > 0 THEN ST_Snap(u, p.geom, :t) ELSE u END), 3), p.geom, u
                FROM "divisions" p, (SELECT ST_Union(geom) u FROM "divisions" WHERE id IN (\(ids))) WHERE p.id = :p
                """, arguments: ["t": t, "p": parentID])
            findings += try measured(.parentGap, row, codes: [parentCode] + childCodes, tolerance: tolerance, zone: zone, in: db)
        }
        return findings
    }

    private static func measured(_ kind: TopologyFindingKind, _ row: Row?, codes: [String], tolerance: Double, zone: GaussKruger,
                                 in db: Database) throws -> [TopologyFinding] {
        guard let row else { return [] }
        let parts = PairCheck.polygons(try row.geometry(atIndex: 0))
        guard !parts.isEmpty else { return [] }
        let first = PairCheck.outline(try row.geometry(atIndex: 1)), second = PairCheck.outline(try row.geometry(atIndex: 2))
        return try parts.compactMap { part in
            guard let m = try SliverMeasure.measure(part, first: first, second: second, zone: zone, in: db),
                  TopologyThreshold.reports(areaM2: m.areaM2, widthM: m.widthM, tolerance: tolerance) else { return nil }
            return TopologyFinding(kind: kind, codes: codes, areaM2: m.areaM2, widthM: m.widthM, location: m.location, geometry: .polygon(part))
        }
    }
}
