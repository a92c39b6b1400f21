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

    /// The statistics of the features `scope` lets a reader see: a limited account learns
    /// neither how many features lie outside its division nor where they are.
    public static func read(_ layer: Layer, scope: AccessScope = .everywhere, in db: Database) throws -> LayerStatistics {
        let table = SQL(sql: layer.name.quotedDatabaseIdentifier)
        var count: SQL = "SELECT count(*) FROM \(table)"
        if let condition = scope.condition(for: layer) { count += " WHERE \(condition)" }
        let row = try Row.fetchOne(db, sql: """
            SELECT geometry_type, srid FROM geometry_columns
            WHERE f_table_name = ? AND f_geometry_column = ?
            """, arguments: [layer.name.lowercased(), Layer.geometryColumn])
        let typeCode: Int32 = row?[0] ?? 0
        let type = GeometryType(classCode: typeCode % 1000)?.rawValue ?? "GEOMETRY"
        let extent = scope.division == nil ? try extent(of: layer, in: db) : try extent(of: layer, scope: scope, in: db)
        return LayerStatistics(name: layer.name, title: layer.title,
                               featureCount: try Int.fetchOne(db, SQLRequest<Int>(literal: count)) ?? 0,
                               geometryType: type, srid: row?[1] ?? 0, extent: extent)
    }

    /// The layer's extent from its R*Tree spatial index (32-bit bounds rounded outwards, so the
    /// box may be larger than the data by about a metre); nil for an empty layer.
    public static func extent(of layer: Layer, in db: Database) throws -> BoundingBox? {
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)".quotedDatabaseIdentifier
        return try box(from: Row.fetchOne(db, sql: "SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM \(index)"))
    }

    /// The extent of the features inside a limited scope, from their own bounding rectangles.
    static func extent(of layer: Layer, scope: AccessScope, in db: Database) throws -> BoundingBox? {
        let geom = SQL(sql: Layer.geometryColumn.quotedDatabaseIdentifier)
        var sql: SQL = """
            SELECT min(MbrMinX(\(geom))), min(MbrMinY(\(geom))), max(MbrMaxX(\(geom))), max(MbrMaxY(\(geom)))
            FROM \(sql: layer.name.quotedDatabaseIdentifier)
            """
        if let condition = scope.condition(for: layer) { sql += " WHERE \(condition)" }
        return try box(from: Row.fetchOne(db, SQLRequest<Row>(literal: sql)))
    }

    private static func box(from row: Row?) -> BoundingBox? {
        guard let row, let minLon = row[0] as Double?, let minLat = row[1] as Double?,
              let maxLon = row[2] as Double?, let maxLat = row[3] as Double?
        else { return nil }
        return BoundingBox(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }
}
