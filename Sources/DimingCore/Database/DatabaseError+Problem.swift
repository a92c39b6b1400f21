/// Errors about the database file as a whole.
public enum StoreError: Problem, Equatable {
    case missing(path: String)
    case notSpatiaLite(path: String, reason: String)
    case migrationFailed(String)
    case sqlFailed(String)

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
        case .sqlFailed: "spatial-sql-failed"
        }
    }
    public var title: String {
        switch self {
        case .missing: "No database"
        case .notSpatiaLite: "Not a SpatiaLite database"
        case .migrationFailed: "Migration failed"
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
        }
    }
}
