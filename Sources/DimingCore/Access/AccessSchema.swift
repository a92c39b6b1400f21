import GRDB

/// The tables of accounts, tokens and the audit log (migrations `core-020-accounts` and
/// `core-021-audit`). Their names start with `diming_`, so QGIS and `ogrinfo` do not list
/// them as layers.
enum AccessSchema {
    static func createAccounts(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE diming_accounts (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL,
                division TEXT,
                created_at TEXT NOT NULL);
            CREATE TABLE diming_tokens (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES diming_accounts(id) ON DELETE CASCADE,
                label TEXT,
                hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                revoked_at TEXT);
            CREATE INDEX diming_tokens_account ON diming_tokens(account_id);
            """)
    }

    /// The account is kept by name, not by reference, so that entries outlive accounts.
    static func createAudit(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE diming_audit (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                account TEXT NOT NULL,
                role TEXT NOT NULL,
                action TEXT NOT NULL,
                layer TEXT,
                feature_id TEXT,
                before TEXT,
                after TEXT,
                request_id TEXT);
            CREATE INDEX diming_audit_account ON diming_audit(account, id);
            CREATE INDEX diming_audit_layer ON diming_audit(layer, id);
            """)
    }
}
