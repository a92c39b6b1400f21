import Foundation
import GRDB

/// Decides, before anything is written, whether a command may open an existing file for
/// what it does: only Diming's own files are read or written; an empty file is set up by a
/// writing command; a SpatiaLite or SQLite file from another tool only by `diming init` (`.setUp`), and
/// only when none of the names Diming would create is taken; a GeoPackage never.
enum FileGate {
    static func check(path: String, access: DatabaseAccess, migrations: [SchemaMigration], catalog: LayerCatalog,
                      timeout: TimeInterval) throws {
        let kind = try FileKind.probe(path: path, timeout: timeout)
        switch kind {
        case .diming:
            return
        case .empty:
            if access == .readOnly { throw StoreError.notDiming(path: path, looksLike: kind.description) }
        case .geoPackage:
            throw StoreError.geoPackage(path: path)
        case let .spatiaLite(names), let .sqlite(names):
            guard access == .setUp else { throw StoreError.notDiming(path: path, looksLike: kind.description) }
            let taken = try names.intersection(DimingNames.created(by: migrations, catalog: catalog)).sorted()
            if !taken.isEmpty { throw StoreError.namesTaken(path: path, names: taken) }
        }
    }
}

/// The schema names (tables, indexes, triggers, views) Diming's set-up creates beside the
/// SpatiaLite metadata (and `grdb_migrations`, whose ids would mix with another program's),
/// found by running it on an in-memory database.
enum DimingNames {
    static func created(by migrations: [SchemaMigration], catalog: LayerCatalog) throws -> Set<String> {
        var configuration = Configuration()
        configuration.prepareDatabase { db in try SpatiaLiteConnection.prepare(db) }
        let queue = try DatabaseQueue(configuration: configuration)
        return try queue.inDatabase { db in
            let names = { Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master")) }
            try db.inTransaction(.immediate) {
                for migration in migrations.prefix(while: { $0.id == "core-001-spatial-metadata" }) { try migration.apply(db) }
                return .commit
            }
            let spatialMetadata = try names()
            try db.inTransaction(.immediate) {
                try SchemaSetup.apply(migrations, catalog: catalog, in: db)
                return .commit
            }
            return try names().subtracting(spatialMetadata).union(["grdb_migrations"])
        }
    }
}
