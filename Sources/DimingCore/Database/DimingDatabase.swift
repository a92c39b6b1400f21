import Foundation
import GRDB

/// A Diming store: one SpatiaLite file behind a GRDB `DatabasePool` (WAL), SpatiaLite loaded
/// on every connection, the schema brought up to date by versioned migrations on open.
///
/// The file stays an ordinary SpatiaLite database: QGIS and `ogrinfo` open it and list each
/// layer with its geometry type and SRID.
public final class DimingDatabase: Sendable {
    public let pool: DatabasePool
    public let path: String
    public let catalog: LayerCatalog

    /// The store used when neither `--db` nor `DIMING_DB` names one.
    public static let defaultPath = "diming.sqlite"

    /// How long a connection waits for another process's write lock, in seconds.
    static let busyTimeout: TimeInterval = 10

    /// Opens the database at `path`, creating it when `create` is true, and migrates it.
    public init(path: String, catalog: LayerCatalog = .core, create: Bool = false) throws {
        if !create && !FileManager.default.fileExists(atPath: path) {
            throw StoreError.missing(path: path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try SpatiaLiteConnection.prepare(db)
        }
        do {
            pool = try PoolOpening.open(path: path, configuration: configuration, timeout: Self.busyTimeout)
        } catch let error as DatabaseError {
            throw StoreError.notSpatiaLite(path: path, reason: error.message ?? "\(error)")
        }
        self.path = path
        self.catalog = catalog
        try SchemaSetup.bringUpToDate(pool, migrations: Self.migrations(for: catalog), catalog: catalog)
    }

    /// The schema: SpatiaLite metadata, settings, each layer in catalog order, then accounts,
    /// audit log and change counters (whose per-layer triggers ``DataVersion`` adds on open).
    /// Migration ids are `<module>-<nnn>-<what>` and never change once released; ``SchemaSetup``
    /// runs the missing ones in one transaction.
    static func migrations(for catalog: LayerCatalog) -> [SchemaMigration] {
        var migrations = [
            SchemaMigration("core-001-spatial-metadata") { db in
                // CheckSpatialMetaData() is 3 for a current SpatiaLite layout (e.g. a file from ogr2ogr).
                if try Int.fetchOne(db, sql: "SELECT CheckSpatialMetaData()") != 3 {
                    // InitSpatialMetaData(0): inside the set-up's transaction, without one of its own.
                    try db.execute(sql: "SELECT InitSpatialMetaData(0)")
                }
            },
            SchemaMigration("core-002-settings") { db in
                try db.execute(sql: "CREATE TABLE diming_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            },
        ]
        for layer in catalog.layers {
            migrations.append(SchemaMigration(layer.migrationID) { db in try LayerSchema.create(layer, in: db) })
        }
        migrations += [
            SchemaMigration("core-020-accounts") { db in try AccessSchema.createAccounts(in: db) },
            SchemaMigration("core-021-audit") { db in try AccessSchema.createAudit(in: db) },
            SchemaMigration("core-022-change-counters") { db in try DataVersion.createTable(in: db) },
        ]
        return migrations + AttachmentsMigrations.all
    }

    /// The ids of the migrations applied to this file, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try DatabaseMigrator().appliedIdentifiers(db) }.sorted()
    }

    /// SpatiaLite, GEOS and PROJ versions as the connection reports them.
    public func libraryVersions() throws -> (spatialite: String, geos: String, proj: String) {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT spatialite_version(), geos_version(), proj_version()")!
            return (row[0], row[1], row[2])
        }
    }
}
