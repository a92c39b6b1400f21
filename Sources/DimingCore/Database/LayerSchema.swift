import GRDB

/// Creates a layer's table from its definition: attribute columns, a registered SpatiaLite
/// geometry column (so QGIS and `ogrinfo` list it with its type and SRID) and an R*Tree
/// spatial index.
enum LayerSchema {
    static func create(_ layer: Layer, in db: Database) throws {
        var definitions = ["id INTEGER PRIMARY KEY"]
        for column in layer.columns {
            var sql = "\(column.name.quotedDatabaseIdentifier) \(column.kind.rawValue)"
            if column.isRequired { sql += " NOT NULL" }
            if column.name == layer.keyColumn { sql += " UNIQUE" }
            if let ref = column.references {
                sql += " REFERENCES \(ref.layer.quotedDatabaseIdentifier)(\(ref.column.quotedDatabaseIdentifier)) ON UPDATE CASCADE"
            }
            definitions.append(sql)
        }
        try db.execute(sql: "CREATE TABLE \(layer.name.quotedDatabaseIdentifier) (\(definitions.joined(separator: ", ")))")
        for column in layer.columns where column.references != nil {
            try db.execute(sql: "CREATE INDEX \("\(layer.name)_\(column.name)".quotedDatabaseIdentifier) ON \(layer.name.quotedDatabaseIdentifier)(\(column.name.quotedDatabaseIdentifier))")
        }
        let added = try Int.fetchOne(db, sql: "SELECT AddGeometryColumn(?, ?, ?, ?, 'XY', 1)",
                                     arguments: [layer.name, Layer.geometryColumn, SpatialReference.storageSRID, layer.geometryType.rawValue])
        guard added == 1 else { throw StoreError.migrationFailed("AddGeometryColumn failed for \(layer.name)") }
        let indexed = try Int.fetchOne(db, sql: "SELECT CreateSpatialIndex(?, ?)", arguments: [layer.name, Layer.geometryColumn])
        guard indexed == 1 else { throw StoreError.migrationFailed("CreateSpatialIndex failed for \(layer.name)") }
    }
}
