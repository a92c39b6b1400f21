import GRDB

/// Changing a setting as a write of the HTTP API: allowed for admins only, and audited in the
/// same transaction as the change.
public enum SettingChange {
    /// Sets (or with nil, removes) `setting` for `actor`; returns the audit entry written.
    public static func apply(_ setting: Setting, value: String?, by actor: Account?, requestID: String? = nil,
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
