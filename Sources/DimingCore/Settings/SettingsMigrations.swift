extension DimingModule {
    /// Per-database settings. Its first migration kept the id it had when it was part of the
    /// core's list.
    public static let settings = DimingModule(name: "settings", dependencies: ["core"], migrations: [
        SchemaMigration("core-002-settings") { db in
            try db.execute(sql: "CREATE TABLE diming_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        },
    ])
}
