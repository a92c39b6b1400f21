import GRDB

/// SpatiaLite idioms for selecting features by location, written once.
public enum SpatialFilter {
    /// A condition on `layer`'s rows: the geometry intersects `box` (RFC 7946 bbox; one that
    /// crosses the antimeridian is searched as two). The R*Tree index narrows the rows first,
    /// GEOS's `ST_Intersects` then decides exactly.
    public static func intersects(_ box: BoundingBox, layer: Layer) -> SQL {
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)"
        let geom = SQL(sql: Layer.geometryColumn.quotedDatabaseIdentifier)
        let parts: [SQL] = box.parts.map { part in
            """
            (id IN (SELECT pkid FROM \(sql: index.quotedDatabaseIdentifier) \
            WHERE xmin <= \(part.maxLon) AND xmax >= \(part.minLon) AND ymin <= \(part.maxLat) AND ymax >= \(part.minLat)) \
            AND ST_Intersects(\(geom), BuildMbr(\(part.minLon), \(part.minLat), \(part.maxLon), \(part.maxLat), \(SpatialReference.storageSRID))))
            """
        }
        return parts.count == 1 ? parts[0] : "(\(parts.joined(operator: .or)))"
    }
}
