import GRDB

/// What `/health` reports: a pooled connection answers a query, with the SpatiaLite, GEOS and
/// PROJ versions it has loaded.
public struct HealthCheck: Sendable, Equatable {
    public var spatialite: String
    public var geos: String
    public var proj: String

    /// Asks a reader of the pool, without blocking a thread of the caller while the pool is busy.
    public static func run(on database: DimingDatabase) async throws -> HealthCheck {
        try await database.pool.read { db in try read(in: db) }
    }

    static func read(in db: Database) throws -> HealthCheck {
        guard let check = try HealthCheck.fetchOne(db, sql: """
            SELECT spatialite_version() AS \(Columns.spatialite.name), geos_version() AS \(Columns.geos.name),
                   proj_version() AS \(Columns.proj.name)
            """)
        else { throw DatabaseError(resultCode: .SQLITE_ERROR, message: "the health query returned no row") }
        return check
    }
}

extension HealthCheck: FetchableRecord {
    enum Columns {
        static let spatialite = Column("spatialite")
        static let geos = Column("geos")
        static let proj = Column("proj")
    }

    public init(row: Row) throws {
        spatialite = try row.decode(forColumn: Columns.spatialite)
        geos = try row.decode(forColumn: Columns.geos)
        proj = try row.decode(forColumn: Columns.proj)
    }
}
