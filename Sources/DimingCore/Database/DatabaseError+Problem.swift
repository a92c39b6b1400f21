/// Errors about the database file as a whole.
public enum StoreError: Problem, Equatable {
    case missing(path: String)
    case notSpatiaLite(path: String, reason: String)
    case migrationFailed(String)
    case sqlFailed(String)
    /// An existing file Diming did not set up (`looksLike`: what it is).
    case notDiming(path: String, looksLike: String)
    case geoPackage(path: String)
    /// `diming init` on another tool's file holding tables (or indexes, triggers) Diming would create.
    case namesTaken(path: String, names: [String])
    /// A read-only command on a file whose schema lacks migrations of this release.
    case outdated(path: String, missing: [String])

    public var status: Int {
        switch self {
        case .missing: 404
        default: 500
        }
    }
    public var type: String {
        switch self {
        case .missing: "no-database"
        case .notSpatiaLite: "not-spatialite"
        case .migrationFailed: "migration-failed"
        case .notDiming: "not-diming"
        case .geoPackage: "geopackage"
        case .namesTaken: "names-taken"
        case .outdated: "schema-outdated"
        case .sqlFailed: "spatial-sql-failed"
        }
    }
    public var title: String {
        switch self {
        case .missing: "No database"
        case .notSpatiaLite: "Not a SpatiaLite database"
        case .migrationFailed: "Migration failed"
        case .notDiming: "Not a Diming database"
        case .geoPackage: "A GeoPackage"
        case .namesTaken: "Tables of Diming already there"
        case .outdated: "Schema older than this release"
        case .sqlFailed: "Spatial SQL failed"
        }
    }
    public var detail: String {
        switch self {
        case let .missing(path):
            "no database at \(path); create one with `diming init` or `diming demo`, or name another with --db / DIMING_DB"
        case let .notSpatiaLite(path, reason): "\(path) cannot be used: \(reason)"
        case let .migrationFailed(reason): "migration failed: \(reason)"
        case let .sqlFailed(reason): reason
        case let .notDiming(path, looksLike):
            "\(path) is not a Diming database: it is \(looksLike); nothing was changed (`diming init --db \(path)` adds Diming's tables beside its own)"
        case let .geoPackage(path):
            "\(path) is a GeoPackage, not a Diming database; nothing was changed (convert it with `ogr2ogr -f SQLite -dsco SPATIALITE=YES new.sqlite \(path)`, or write its layers as GeoJSON with `ogr2ogr -f GeoJSON` and `diming import` them)"
        case let .namesTaken(path, names):
            "\(path) already has \(names.joined(separator: ", ")), which Diming would create; nothing was changed"
        case let .outdated(path, missing):
            "\(path) lacks \(missing.count) migration(s) of this release (\(missing.joined(separator: ", "))) and this command only reads; run `diming init --db \(path)` to upgrade it"
        }
    }
}
