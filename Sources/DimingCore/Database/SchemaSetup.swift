import GRDB

/// Brings a file's schema up to date on open, safely when several processes open one new file
/// at once (six `diming import` runs on it).
///
/// GRDB's `DatabaseMigrator` decides which migrations to run before it takes the write lock
/// and runs each in a transaction of its own, so two processes could run the same migration,
/// or one could use a table the other had not yet created. Here the whole set-up (SpatiaLite
/// metadata, every migration, the change-counter triggers) is one `BEGIN IMMEDIATE`
/// transaction, waiting for the lock with the pool's busy timeout, and what is missing is
/// decided again once the lock is held. A file that is already complete is only read: opening
/// it never waits for a writer (a server that is writing).
enum SchemaSetup {
    /// How often a set-up is tried when SQLite reports that another process changed the
    /// schema while a statement was being prepared (SQLITE_SCHEMA).
    static let schemaAttempts = 3

    static func bringUpToDate(_ pool: DatabasePool, migrations: [SchemaMigration], catalog: LayerCatalog) throws {
        var attempt = 1
        while true {
            do {
                if try !pool.read({ db in try isComplete(db, migrations: migrations, catalog: catalog) }) {
                    try pool.barrierWriteWithoutTransaction { db in
                        try db.inTransaction(.immediate) {
                            try apply(migrations, catalog: catalog, in: db)
                            return .commit
                        }
                    }
                }
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_SCHEMA && attempt < schemaAttempts {
                attempt += 1
            }
        }
    }

    /// Whether every migration is applied and every layer has its change counter.
    static func isComplete(_ db: Database, migrations: [SchemaMigration], catalog: LayerCatalog) throws -> Bool {
        let applied = try DatabaseMigrator().appliedIdentifiers(db)
        guard migrations.allSatisfy({ applied.contains($0.id) }) else { return false }
        return try !DataVersion.needsInstall(for: catalog, in: db)
    }

    /// What a read-only open finds missing: migration ids, and `change counters` when a layer lacks its triggers.
    static func missing(_ db: Database, migrations: [SchemaMigration], catalog: LayerCatalog) throws -> [String] {
        let applied = try DatabaseMigrator().appliedIdentifiers(db)
        let missing = migrations.map(\.id).filter { !applied.contains($0) }
        if !missing.isEmpty { return missing }
        return try DataVersion.needsInstall(for: catalog, in: db) ? ["change counters"] : []
    }

    /// Runs what is missing, inside the caller's transaction, which holds the write lock.
    static func apply(_ migrations: [SchemaMigration], catalog: LayerCatalog, in db: Database) throws {
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        let applied = try DatabaseMigrator().appliedIdentifiers(db)
        // Migrations that change rows are Diming's writes: marked once the guards exist.
        var marked = try OwnWrite.isInstalled(db)
        if marked { try OwnWrite.begin(db) }
        for migration in migrations where !applied.contains(migration.id) {
            try migration.apply(db)
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.id])
            if !marked, try OwnWrite.isInstalled(db) {
                try OwnWrite.begin(db)
                marked = true
            }
        }
        if try DataVersion.needsInstall(for: catalog, in: db) {
            try DataVersion.install(for: catalog, in: db)
        }
        if marked { try OwnWrite.end(db) }
    }
}
