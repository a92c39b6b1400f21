import GRDB

/// One versioned step of the schema, recorded by id in `grdb_migrations` (the table GRDB's
/// `DatabaseMigrator` keeps, so files made before ``SchemaSetup`` stay compatible).
///
/// Ids are `<module>-<nnn>-<what>`. Once released, a migration never changes: its DDL is
/// literal SQL, never generated from today's ``Layer`` definitions; a schema change is a new
/// migration (`ALTER TABLE`, or a rebuild that keeps the SpatiaLite registration).
public struct SchemaMigration: Sendable {
    public let id: String
    let apply: @Sendable (Database) throws -> Void

    public init(_ id: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
        self.id = id
        self.apply = apply
    }
}
