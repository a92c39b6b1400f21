import GRDB

/// What `diming layers` and the collection metadata show about a layer, read from the file
/// itself: the row count, the registered geometry type and SRID, and the extent.
public struct LayerStatistics: Sendable, Equatable {
    public var name: String
    public var title: String
    public var featureCount: Int
    public var geometryType: String
    public var srid: Int32
    public var extent: BoundingBox?

    public static func read(_ layer: Layer, in db: Database) throws -> LayerStatistics {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(layer.name.quotedDatabaseIdentifier)") ?? 0
        let row = try Row.fetchOne(db, sql: """
            SELECT geometry_type, srid FROM geometry_columns
            WHERE f_table_name = ? AND f_geometry_column = ?
            """, arguments: [layer.name.lowercased(), Layer.geometryColumn])
        let typeCode: Int32 = row?[0] ?? 0
        let type = GeometryType(classCode: typeCode % 1000)?.rawValue ?? "GEOMETRY"
        return LayerStatistics(name: layer.name, title: layer.title, featureCount: count, geometryType: type,
                               srid: row?[1] ?? 0, extent: try extent(of: layer, in: db))
    }

    /// The layer's extent from its R*Tree spatial index (32-bit bounds rounded outwards, so the
    /// box may be larger than the data by about a metre); nil for an empty layer.
    public static func extent(of layer: Layer, in db: Database) throws -> BoundingBox? {
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)".quotedDatabaseIdentifier
        guard let row = try Row.fetchOne(db, sql: "SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM \(index)"),
              let minLon = row[0] as Double?, let minLat = row[1] as Double?,
              let maxLon = row[2] as Double?, let maxLat = row[3] as Double?
        else { return nil }
        return BoundingBox(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }
}
