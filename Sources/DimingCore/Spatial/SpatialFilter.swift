import GRDB

/// SpatiaLite idioms for selecting features by location, written once.
public enum SpatialFilter {
    /// A condition on `layer`'s rows: the geometry intersects `box` (RFC 7946 bbox; one that
    /// crosses the antimeridian is searched as two). The R*Tree index narrows the rows first;
    /// a geometry whose own bounding box lies within the box intersects it (every point does),
    /// and GEOS's `ST_Intersects` decides the rest exactly.
    public static func intersects(_ box: BoundingBox, layer: Layer) -> SQL {
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)"
        let geom = SQL(sql: Layer.geometryColumn.quotedDatabaseIdentifier)
        let parts: [SQL] = box.parts.map { part in
            let box: SQL = "BuildMbr(\(part.minLon), \(part.minLat), \(part.maxLon), \(part.maxLat), \(SpatialReference.storageSRID))"
            return """
            (id IN (SELECT pkid FROM \(sql: index.quotedDatabaseIdentifier) \
            WHERE xmin <= \(part.maxLon) AND xmax >= \(part.minLon) AND ymin <= \(part.maxLat) AND ymax >= \(part.minLat)) \
            AND (MbrWithin(\(geom), \(box)) OR ST_Intersects(\(geom), \(box))))
            """
        }
        return parts.count == 1 ? parts[0] : "(\(parts.joined(operator: .or)))"
    }
}
