import GRDB

extension DimingModule {
    /// Files attached to features (photos, scans): a module of the core's.
    public static let attachments = DimingModule(name: "attachments", dependencies: ["core"], migrations: AttachmentsMigrations.all)
}

/// The schema of attachments. Frozen: the SQL is written out as released, never generated,
/// and a change is a new migration.
public enum AttachmentsMigrations {
    static let all: [SchemaMigration] = [
        // The feature is named by layer and public id, not by a foreign key: features of every
        // layer take attachments. One row per content and feature (attaching twice is one row).
        SchemaMigration("attachments-001-files") { db in
            try db.execute(sql: """
                CREATE TABLE diming_attachments (
                    id INTEGER PRIMARY KEY,
                    layer TEXT NOT NULL,
                    feature_id TEXT NOT NULL,
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
                    media_type TEXT NOT NULL,
                    file_name TEXT,
                    created_at TEXT NOT NULL,
                    account TEXT NOT NULL,
                    UNIQUE (layer, feature_id, sha256));
                CREATE INDEX diming_attachments_sha256 ON diming_attachments(sha256);
                """)
        },
    ]
}
