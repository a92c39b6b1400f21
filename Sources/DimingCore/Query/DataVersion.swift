import Foundation
import GRDB

/// How far each layer's data has changed: a counter per layer, bumped by triggers on every
/// insert, update and delete (by Diming, QGIS or any other SQLite writer), with the time of
/// the last change. The server derives strong ETags and Last-Modified from it, so a
/// conditional GET is answered without running the query.
public struct DataVersion: Sendable, Hashable {
    /// A random number chosen when the table was created: two database files never share
    /// ETags even when their counters agree.
    public var generation: Int64
    public var layers: [String: LayerVersion]

    public struct LayerVersion: Sendable, Hashable {
        public var version: Int64
        public var changedAt: Date?
    }

    static let table = "diming_changes"

    /// The columns of `diming_changes`: a row per layer, and the generation as the row of the
    /// empty layer name.
    enum Columns {
        static let layer = Column("layer")
        static let version = Column("version")
        /// Unix seconds of the last change; NULL when none was recorded.
        static let changedAt = Column("changed_at")
    }

    /// Asked once per request and once per batch of reports: a statement prepared once per
    /// connection, not SQL built again each time.
    public static func read(in db: Database) throws -> DataVersion {
        var result = DataVersion(generation: 0, layers: [:])
        let statement = try db.cachedStatement(sql: "SELECT layer, version, changed_at FROM \(table)")
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() {
            let name: String = row[0]
            let version: Int64 = row[1]
            if name.isEmpty {
                result.generation = version
            } else {
                let seconds: Int64? = row[2]
                result.layers[name] = LayerVersion(version: version, changedAt: seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) })
            }
        }
        return result
    }

    /// A text that changes whenever one of `layers` changes: `generation.v1.v2…`.
    public func tag(of layers: [String]) -> String {
        ([String(generation)] + layers.map { String(self.layers[$0]?.version ?? -1) }).joined(separator: ".")
    }

    /// The latest change among `layers`, nil when none was ever recorded.
    public func lastModified(of layers: [String]) -> Date? {
        layers.compactMap { self.layers[$0]?.changedAt }.max()
    }

    /// Migration `core-022-change-counters`: the table and its generation row.
    static func createTable(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE diming_changes (layer TEXT PRIMARY KEY, version INTEGER NOT NULL, changed_at INTEGER);
            INSERT INTO diming_changes (layer, version) VALUES ('', abs(random()) % 1000000000000);
            """)
    }

    /// Whether some catalog layer lacks its counter row or triggers. A read, so that opening a
    /// complete file (every `diming` command does) never waits for the write lock of a server
    /// that is writing.
    static func needsInstall(for catalog: LayerCatalog, in db: Database) throws -> Bool {
        let rows = try Table(table).select(Columns.layer, as: String.self).fetchSet(db)
        let triggers = try Set(String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'diming_changes_%'"))
        return catalog.layers.contains { layer in
            !rows.contains(layer.name) || ["insert", "update", "delete"].contains { !triggers.contains(triggerName(layer, $0)) }
        }
    }

    private static func triggerName(_ layer: Layer, _ event: String) -> String {
        "diming_changes_\(layer.name)_\(event)"
    }

    /// Gives every catalog layer its counter row and triggers; idempotent, run on open when
    /// ``needsInstall(for:in:)`` says so, so that layers added by later modules are tracked too.
    static func install(for catalog: LayerCatalog, in db: Database) throws {
        for layer in catalog.layers {
            try db.execute(literal: """
                INSERT OR IGNORE INTO \(identifier: table) (\(Columns.layer), \(Columns.version), \(Columns.changedAt))
                VALUES (\(layer.name), 0, NULL)
                """)
            let bump = "UPDATE diming_changes SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE layer = \(layer.name.databaseQuoted)"
            for event in ["INSERT", "UPDATE", "DELETE"] {
                let trigger = triggerName(layer, event.lowercased()).quotedDatabaseIdentifier
                try db.execute(sql: "CREATE TRIGGER IF NOT EXISTS \(trigger) AFTER \(event) ON \(layer.name.quotedDatabaseIdentifier) BEGIN \(bump); END")
            }
        }
    }
}

extension String {
    /// A SQL string literal of the text (for DDL, where parameters cannot be bound).
    fileprivate var databaseQuoted: String {
        "'" + replacingOccurrences(of: "'", with: "''") + "'"
    }
}
