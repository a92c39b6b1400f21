import Foundation
import GRDB

/// A Diming store: one SpatiaLite file behind a GRDB `DatabasePool` (WAL), SpatiaLite loaded
/// on every connection, opened for what the caller does (``DatabaseAccess``): the schema brought
/// up to date by versioned migrations when it writes, only checked when it reads.
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
    /// up to date with the migrations of `modules` (`access` `.create` or `.readWrite`).
    public convenience init(path: String, modules: [DimingModule] = DimingModule.standard, create: Bool = false) throws {
        try self.init(path: path, modules: modules, access: create ? .create : .readWrite)
    }

    /// Opens the database at `path` for what the caller does with it. Before anything is
    /// written, an existing file is checked (``FileGate``): another program's file is refused
    /// unless `access` is `.setUp` and none of Diming's names is taken there, a GeoPackage
    /// always. `.readOnly` opens a read-only pool and never migrates: a file lacking
    /// migrations is refused with ``StoreError/outdated(path:missing:)``.
    public init(path: String, modules: [DimingModule] = DimingModule.standard, access: DatabaseAccess) throws {
        let modules = try DimingModule.ordered(modules)
        let catalog = LayerCatalog(modules: modules)
        let migrations = modules.flatMap(\.migrations)
        if FileManager.default.fileExists(atPath: path) {
            try FileGate.check(path: path, access: access, migrations: migrations, catalog: catalog, timeout: Self.busyTimeout)
        } else if access == .readOnly || access == .readWrite {
            throw StoreError.missing(path: path)
        }
        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            try SpatiaLiteConnection.prepare(db)
        }
        do {
            pool = try PoolOpening.open(path: path, configuration: configuration, timeout: Self.busyTimeout)
        } catch let error as DatabaseError {
            // Busy past the timeout: another program holds the write lock, the file is fine.
            throw StoreError.translating(error) ?? StoreError.notSpatiaLite(path: path, reason: .verbatim(error.message ?? "\(error)"))
        }
        self.path = path
        self.modules = modules
        self.catalog = catalog
        if access == .readOnly {
            let missing = try pool.read { db in try SchemaSetup.missing(db, migrations: migrations, catalog: catalog) }
            if !missing.isEmpty { throw StoreError.outdated(path: path, missing: missing) }
        } else {
            try SchemaSetup.bringUpToDate(pool, migrations: migrations, catalog: catalog)
        }
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
