import Foundation
import GRDB

/// What an existing file is, read without SpatiaLite, through a read-only connection that
/// writes nothing (not even the journal mode).
enum FileKind: Equatable {
    /// Set up by Diming: `grdb_migrations` holds `core-001-spatial-metadata`.
    case diming
    /// An SQLite file without a table (new, as `mktemp` or a concurrent set-up leaves it).
    case empty
    /// A GeoPackage (`gpkg_contents`).
    case geoPackage
    /// A SpatiaLite file from another tool (`geometry_columns`, `spatial_ref_sys`), with its schema names.
    case spatiaLite(names: Set<String>)
    /// Another SQLite database, with its schema names.
    case sqlite(names: Set<String>)

    /// What the file looks like, for a message.
    var description: Reason {
        switch self {
        case .diming: Reason(IOMessages.kindDiming)
        case .empty: Reason(IOMessages.kindEmpty)
        case .geoPackage: Reason(IOMessages.kindGeoPackage)
        case .spatiaLite: Reason(IOMessages.kindSpatiaLite)
        case .sqlite: Reason(IOMessages.kindSQLite)
        }
    }

    static func probe(path: String, timeout: TimeInterval) throws(StoreError) -> FileKind {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(timeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in
                let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master"))
                if names.isEmpty { return .empty }
                if names.contains("grdb_migrations"),
                   try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'core-001-spatial-metadata')") == true {
                    return .diming
                }
                if names.contains("gpkg_contents") { return .geoPackage }
                if names.contains("geometry_columns") && names.contains("spatial_ref_sys") { return .spatiaLite(names: names) }
                return .sqlite(names: names)
            }
        } catch let error as DatabaseError {
            if let busy = StoreError.translating(error) { throw busy }
            throw .notSpatiaLite(path: path, reason: Reason(IOMessages.notSQLite, ["reason": error.message ?? "\(error)"]))
        } catch {
            throw .notSpatiaLite(path: path, reason: .verbatim("\(error)"))
        }
    }
}
