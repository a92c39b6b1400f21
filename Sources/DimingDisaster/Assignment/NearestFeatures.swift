import DimingCore
import Foundation
import GRDB

/// What lies near a report's point: the nearest house number, road and open shelter, each
/// with its geodesic distance in metres (SpatiaLite `ST_Distance(a, b, 1)` on the CGCS2000
/// ellipsoid). It runs for every report (on a read connection, before the write), so each search reads only the
/// rows the layer's R*Tree finds in a box around the point, growing the box until the nearest
/// candidate lies within the box's radius; nothing within ``maximumMetres`` gives nil.
/// This SpatiaLite (5.0) has no VirtualKNN2, hence the growing box.
public enum NearestFeatures {
    /// Beyond this a feature is not "near": a point in the hills 8 km from the town gets none.
    public static let maximumMetres = 5_000.0
    /// The first box's radius; each miss quadruples it (250 m, 1 km, 4 km, 5 km).
    static let firstRadiusMetres = 250.0
    /// How many of the nearest candidates on the plane are measured on the ellipsoid.
    static let measuredCandidates = 8

    /// One nearest feature: its label and distance in metres.
    public struct Hit: Sendable, Equatable {
        public var label: String
        public var metres: Double
    }

    /// The nearest house number, labelled as on its plate: `人民大道12号附1`.
    public static func address(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        try nearest(Layer.addresses, label: """
            coalesce("road", '') || CAST("number" AS TEXT) || '号' || coalesce("suffix", '')
            """, lon: lon, lat: lat, in: db)
    }

    /// The nearest road, by the distance to its line (not to its first vertex).
    public static func road(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        try nearest(Layer.roads, label: "\"name\"", lon: lon, lat: lat, in: db)
    }

    /// The nearest open shelter. The core `shelters` layer has no status column, so every
    /// shelter counts as open; a file whose shelters carry a `status` column skips those
    /// marked `closed`.
    public static func shelter(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        let hasStatus = try db.columns(in: Layer.shelters.name).contains { $0.name == "status" }
        return try nearest(Layer.shelters, label: "\"name\"", condition: hasStatus ? "coalesce(\"status\", '') <> 'closed'" : nil,
                           lon: lon, lat: lat, in: db)
    }

    /// The row of `layer` nearest the point, searched box by box through the R*Tree index.
    static func nearest(_ layer: Layer, label: String, condition: String? = nil, lon: Double, lat: Double, in db: Database) throws -> Hit? {
        guard lon.isFinite, lat.isFinite, abs(lat) < 89 else { return nil }
        let table = layer.name.quotedDatabaseIdentifier
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)".quotedDatabaseIdentifier
        // Candidates are ranked on a local plane (longitude scaled by cos φ: within 5 km it is
        // off by under 0.1 %), and only the closest few are measured on the ellipsoid, which
        // costs far more per row. Points are ranked by arithmetic, lines by GEOS.
        let planar = layer.geometryType == .point
            ? "((X(t.geom) - :lon) * :scale) * ((X(t.geom) - :lon) * :scale) + (Y(t.geom) - :lat) * (Y(t.geom) - :lat)"
            : "ST_Distance(ScaleCoords(t.geom, :scale, 1), MakePoint(:lon * :scale, :lat, \(SpatialReference.storageSRID)))"
        let sql = """
            SELECT label, ST_Distance(geom, MakePoint(:lon, :lat, \(SpatialReference.storageSRID)), 1) AS metres FROM (
                SELECT t.id, \(label) AS label, t.geom FROM \(table) t
                WHERE t.id IN (SELECT pkid FROM \(index) WHERE xmin <= :maxLon AND xmax >= :minLon AND ymin <= :maxLat AND ymax >= :minLat)
                \(condition.map { "AND \($0)" } ?? "")
                ORDER BY \(planar), t.id LIMIT \(measuredCandidates))
            ORDER BY metres, id LIMIT 1
            """
        // Prepared once per connection: a report's transaction runs three of these searches.
        let statement = try db.cachedStatement(sql: sql)
        var radius = firstRadiusMetres
        while true {
            // Degrees covering `radius` metres in every direction (with 1 % to spare): any
            // feature within `radius` of the point has a bounding box touching this one.
            let dLat = radius * 1.01 / 110_574
            let dLon = radius * 1.01 / (111_320 * cos(lat * .pi / 180))
            let row = try Row.fetchOne(statement, arguments: [
                "lon": lon, "lat": lat, "scale": cos(lat * .pi / 180), "minLon": lon - dLon, "maxLon": lon + dLon, "minLat": lat - dLat, "maxLat": lat + dLat,
            ])
            if let row, let metres: Double = row["metres"], metres <= radius {
                return metres <= maximumMetres ? Hit(label: row["label"] ?? "", metres: (metres * 10).rounded() / 10) : nil
            }
            if radius >= maximumMetres { return nil }
            radius = min(radius * 4, maximumMetres)
        }
    }
}
