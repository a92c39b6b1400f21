import GRDB

/// Creates a table with a registered SpatiaLite geometry column (so QGIS and `ogrinfo` list
/// it with its type and SRID) and an R*Tree spatial index: the DDL of a layer's first
/// migration. The attribute columns are the migration's own literal SQL, so that the
/// migration stays what it was when released whatever the layer's definition becomes. The SQL
/// this type writes is part of every migration that calls it: never change it (the upgrade
/// test compares a released file's schema with a new one's), add a parameter instead.
public enum SpatialTable {
    /// `columns`: the column definitions after `id INTEGER PRIMARY KEY`, as literal SQL;
    /// `indexed`: columns that get an index `<table>_<column>` (references, for joins and scopes).
    public static func create(_ table: String, columns: String, geometryType: GeometryType, indexed: [String] = [],
                              in db: Database) throws {
        try db.execute(sql: "CREATE TABLE \(table.quotedDatabaseIdentifier) (id INTEGER PRIMARY KEY, \(columns))")
        for column in indexed {
            let index = "\(table)_\(column)".quotedDatabaseIdentifier
            try db.execute(sql: "CREATE INDEX \(index) ON \(table.quotedDatabaseIdentifier)(\(column.quotedDatabaseIdentifier))")
        }
        let added = try Int.fetchOne(db, sql: "SELECT AddGeometryColumn(?, 'geom', 4490, ?, 'XY', 1)",
                                     arguments: [table, geometryType.rawValue])
        guard added == 1 else { throw StoreError.migrationFailed("AddGeometryColumn failed for \(table)") }
        let indexed = try Int.fetchOne(db, sql: "SELECT CreateSpatialIndex(?, 'geom')", arguments: [table])
        guard indexed == 1 else { throw StoreError.migrationFailed("CreateSpatialIndex failed for \(table)") }
    }

    /// A UUID version 4 in SQL, lower-case hex with hyphens, for ids made inside SQLite
    /// (backfills, and rows other programs insert).
    public static let newUUID = """
        (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' \
        || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
        """
}
