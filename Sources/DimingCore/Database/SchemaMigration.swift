import GRDB

/// One versioned step of the schema, recorded by id in `grdb_migrations` (the table GRDB's
/// `DatabaseMigrator` keeps, so files made before ``SchemaSetup`` stay compatible).
/// Ids are `<module>-<nnn>-<what>` and never change once released.
struct SchemaMigration: Sendable {
    let id: String
    let apply: @Sendable (Database) throws -> Void

    init(_ id: String, _ apply: @escaping @Sendable (Database) throws -> Void) {
        self.id = id
        self.apply = apply
    }
}
