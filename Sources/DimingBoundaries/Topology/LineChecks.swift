import DimingCore
import GRDB

/// The checks of the stored lines: their markers, and whether both sides still agree with them.
enum LineChecks {
    /// `marker_off_line`: a marker farther than the tolerance from its line (metres, in the
    /// marker's Gauss-Krüger zone).
    static func markers(tolerance: Double, in db: Database) throws -> [TopologyFinding] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.number, l.code, l.left_code, l.right_code, X(m.geom), Y(m.geom), m.geom, l.geom
            FROM "boundary_markers" m JOIN "boundary_lines" l ON l.code = m.line
            WHERE m.geom IS NOT NULL AND l.geom IS NOT NULL ORDER BY m.number
            """)
        let distance = try db.cachedStatement(sql: "SELECT ST_Distance(ST_Transform(:m, :srid), ST_Transform(:l, :srid))")
        var findings: [TopologyFinding] = []
        for row in rows {
            let lon: Double = row[4], lat: Double = row[5]
            let zone = GaussKruger(zoneForLongitude: lon)
            let metres = try Double.fetchOne(distance, arguments: ["m": row[6] as DatabaseValue, "l": row[7] as DatabaseValue, "srid": zone.epsg]) ?? 0
            guard metres > tolerance else { continue }
            findings.append(TopologyFinding(kind: .markerOffLine, codes: [row[2], row[3]], marker: row[0], line: row[1], distanceM: metres,
                                            location: Position(lon: lon, lat: lat), geometry: .point(Position(lon: lon, lat: lat))))
        }
        return findings
    }

    /// `sides_disagree`: a stored line some vertex of which lies farther than the tolerance
    /// from either division's outline (one side moved since the line was derived, or the
    /// line was derived with a larger tolerance).
    static func sides(tolerance: Double, in db: Database) throws -> [TopologyFinding] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT l.code, l.left_code, l.right_code, MbrMinX(l.geom), MbrMaxX(l.geom), l.id, a.id, b.id
            FROM "boundary_lines" l JOIN "divisions" a ON a.code = l.left_code JOIN "divisions" b ON b.code = l.right_code
            WHERE l.geom IS NOT NULL AND a.geom IS NOT NULL AND b.geom IS NOT NULL ORDER BY l.code
            """)
        let projected = try db.cachedStatement(sql: """
            SELECT ST_Transform(l.geom, :srid), ST_Transform(ST_Intersection(ST_Boundary(a.geom), box), :srid),
                   ST_Transform(ST_Intersection(ST_Boundary(b.geom), box), :srid)
            FROM (SELECT geom, BuildMbr(MbrMinX(geom) - :m, MbrMinY(geom) - :m, MbrMaxX(geom) + :m, MbrMaxY(geom) + :m, 4490) box
                  FROM "boundary_lines" WHERE id = :l) l, "divisions" a, "divisions" b
            WHERE a.id = :a AND b.id = :b
            """)
        var findings: [TopologyFinding] = []
        for row in rows {
            let zone = GaussKruger(zoneForLongitude: ((row[3] as Double) + (row[4] as Double)) / 2)
            guard let p = try Row.fetchOne(projected, arguments: [
                "srid": zone.epsg, "m": NeighbourPair.marginDegrees(tolerance: tolerance), "l": row[5] as Int64,
                "a": row[6] as Int64, "b": row[7] as Int64,
            ]), let line = try p.geometry(atIndex: 0) else { continue }
            let left = PlanarDistance.segments(of: try p.geometry(atIndex: 1) ?? .multiLineString([]))
            let right = PlanarDistance.segments(of: try p.geometry(atIndex: 2) ?? .multiLineString([]))
            var worst = 0.0
            var worstAt: Position?
            line.forEachPosition { v in
                let d = max(PlanarDistance.distance(v, to: left), PlanarDistance.distance(v, to: right))
                if d > worst { worst = d; worstAt = v }
            }
            guard worst > tolerance, worstAt != nil else { continue }
            let location = try Row.fetchOne(db, sql: """
                SELECT X(p), Y(p) FROM (SELECT ST_Transform(MakePoint(?, ?, ?), 4490) p)
                """, arguments: [worstAt!.lon, worstAt!.lat, zone.epsg])
            findings.append(TopologyFinding(kind: .sidesDisagree, codes: [row[1], row[2]], line: row[0],
                                            distanceM: worst.isFinite ? worst : nil,
                                            location: Position(lon: location?[0] ?? 0, lat: location?[1] ?? 0)))
        }
        return findings
    }
}
