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
        let registered = try GeometryColumns.table
            .select(GeometryColumns.geometryType, GeometryColumns.srid)
            .filter(GeometryColumns.tableName == layer.name.lowercased() && GeometryColumns.geometryColumn == Layer.geometryColumn)
            .fetchOne(db)
        let typeCode: Int32 = try registered?.decode(forColumn: GeometryColumns.geometryType) ?? 0
        let type = GeometryType(classCode: typeCode % 1000)?.rawValue ?? "GEOMETRY"
        let extent = scope.division == nil ? try extent(of: layer, in: db) : try extent(of: layer, scope: scope, in: db)
        return LayerStatistics(name: layer.name, title: layer.title,
                               featureCount: try Int.fetchOne(db, SQLRequest<Int>(literal: count)) ?? 0,
                               geometryType: type, srid: try registered?.decode(forColumn: GeometryColumns.srid) ?? 0,
                               extent: extent)
    }

    /// SpatiaLite's register of geometry columns (its current layout, as `ogr2ogr` writes it too).
    private enum GeometryColumns {
        static var table: Table<Row> { Table("geometry_columns") }
        static let tableName = Column("f_table_name")
        static let geometryColumn = Column("f_geometry_column")
        /// The OGC class code, plus 1000 for Z, 2000 for M, 3000 for ZM.
        static let geometryType = Column("geometry_type")
        static let srid = Column("srid")
    }

    /// The bounds of a box, selected under these names and read by them.
    private enum Bounds {
        static let minLon = "min_lon", minLat = "min_lat", maxLon = "max_lon", maxLat = "max_lat"
    }

    /// The layer's extent from its R*Tree spatial index (32-bit bounds rounded outwards, so the
    /// box may be larger than the data by about a metre); nil for an empty layer.
    public static func extent(of layer: Layer, in db: Database) throws -> BoundingBox? {
        let index = "idx_\(layer.name)_\(Layer.geometryColumn)".quotedDatabaseIdentifier
        return try box(from: Row.fetchOne(db, sql: """
            SELECT min(xmin) AS \(Bounds.minLon), min(ymin) AS \(Bounds.minLat), max(xmax) AS \(Bounds.maxLon), max(ymax) AS \(Bounds.maxLat)
            FROM \(index)
            """))
    }

    /// The extent of the features inside a limited scope, from their own bounding rectangles.
    static func extent(of layer: Layer, scope: AccessScope, in db: Database) throws -> BoundingBox? {
        let geom = SQL(sql: Layer.geometryColumn.quotedDatabaseIdentifier)
        var sql: SQL = """
            SELECT min(MbrMinX(\(geom))) AS \(sql: Bounds.minLon), min(MbrMinY(\(geom))) AS \(sql: Bounds.minLat),
                   max(MbrMaxX(\(geom))) AS \(sql: Bounds.maxLon), max(MbrMaxY(\(geom))) AS \(sql: Bounds.maxLat)
            FROM \(sql: layer.name.quotedDatabaseIdentifier)
            """
        if let condition = scope.condition(for: layer) { sql += " WHERE \(condition)" }
        return try box(from: Row.fetchOne(db, SQLRequest<Row>(literal: sql)))
    }

    private static func box(from row: Row?) throws -> BoundingBox? {
        guard let row, let minLon: Double = try row.decode(forColumn: Bounds.minLon),
              let minLat: Double = try row.decode(forColumn: Bounds.minLat),
              let maxLon: Double = try row.decode(forColumn: Bounds.maxLon),
              let maxLat: Double = try row.decode(forColumn: Bounds.maxLat)
        else { return nil }
        return BoundingBox(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }
}
