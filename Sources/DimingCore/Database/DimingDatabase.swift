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
    /// The modules whose tables the file holds, in dependency order.
    public let modules: [DimingModule]

    /// The store used when neither `--db` nor `DIMING_DB` names one.
    public static let defaultPath = "diming.sqlite"

    /// How long a connection waits for another process's write lock, in seconds.
    static let busyTimeout: TimeInterval = 10

    /// Opens the database at `path`, creating it when `create` is true, and brings its schema
    /// up to date with the migrations of `modules`.
    public init(path: String, modules: [DimingModule] = DimingModule.standard, create: Bool = false) throws {
        let modules = try DimingModule.ordered(modules)
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
        self.modules = modules
        catalog = LayerCatalog(modules.flatMap(\.layers))
        try SchemaSetup.bringUpToDate(pool, migrations: modules.flatMap(\.migrations), catalog: catalog)
    }

    /// The ids of the migrations applied to this file, in order.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try DatabaseMigrator().appliedIdentifiers(db) }.sorted()
    }

    /// SpatiaLite, GEOS and PROJ versions as the connection reports them.
    public func libraryVersions() throws -> (spatialite: String, geos: String, proj: String) {
        try pool.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT spatialite_version() AS spatialite, geos_version() AS geos, proj_version() AS proj")!
            return (row["spatialite"], row["geos"], row["proj"])
        }
    }
}
