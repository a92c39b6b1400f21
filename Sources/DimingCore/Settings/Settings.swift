import Foundation
import GRDB

/// The settings module's façade: each operation one transaction that authorizes, validates,
/// writes and audits. `diming config` and `PUT /settings/{key}` are a few lines around it.
public struct Settings: Sendable {
    public let database: DimingDatabase

    public init(_ database: DimingDatabase) {
        self.database = database
    }

    /// One setting as stored: nil when it has its default.
    public struct Entry: Sendable, Equatable {
        public var setting: Setting
        public var value: String?
    }

    /// Every setting with its stored value.
    public func entries() async throws -> [Entry] {
        try await database.pool.read { db in
            try Setting.allCases.map { Entry(setting: $0, value: try SettingsStore.value($0, in: db)) }
        }
    }

    public func value(_ setting: Setting) async throws -> String? {
        try await database.pool.read { db in try SettingsStore.value(setting, in: db) }
    }

    /// The Gauss-Krüger zone used for metres.
    public func metricProjection() async throws -> GaussKruger {
        try await database.pool.read { db in try SettingsStore.metricProjection(in: db) }
    }

    /// Sets (or with nil, removes) a setting for `actor`, an admin of the whole database;
    /// returns the audit entry written in the same transaction.
    @discardableResult
    public func change(_ setting: Setting, to value: String?, by actor: Account?, requestID: String? = nil) async throws -> AuditEntry {
        try await database.write { db in try Self.change(setting, to: value, by: actor, requestID: requestID, in: db) }
    }

    /// ``change(_:to:by:requestID:)`` inside the caller's transaction.
    public static func change(_ setting: Setting, to value: String?, by actor: Account?, requestID: String? = nil,
                              in db: Database) throws -> AuditEntry {
        let account = try AccessPolicy.authorize(actor, for: .changeSettings)
        let before = try SettingsStore.value(setting, in: db)
        try SettingsStore.set(setting, to: value, in: db)
        let entry = AuditEntry(account: account, action: "setting.change", featureID: setting.rawValue,
                               before: json(setting, before), after: json(setting, value), requestID: requestID)
        return try AuditLog.record(entry, in: db)
    }

    private static func json(_ setting: Setting, _ value: String?) -> String {
        var out = JSONOutput(capacity: 64)
        out.append("{\"key\":")
        out.appendString(setting.rawValue)
        out.append(",\"value\":")
        if let value { out.appendString(value) } else { out.append("null") }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
