import GRDB

/// Per-database settings a deployment fixes once (`diming config set KEY VALUE`).
public enum Setting: String, Sendable, CaseIterable {
    /// The EPSG code of the Gauss-Krüger projection for metres (e.g. 4546); when unset, the
    /// zone follows the longitude of the data.
    case metricSRID = "metric_srid"
    /// Whether the OGC API can be read without a token: `open` (the default) or `token`.
    case readAccess = "read_access"

    public var summary: String {
        switch self {
        case .metricSRID: "EPSG code of the CGCS2000 3-degree Gauss-Kruger projection used for metres (4534…4554), e.g. 4546"
        case .readAccess: "reading the OGC API: open (anyone, the default) or token (an API token of any role)"
        }
    }

    /// Checks a value before it is stored.
    public func validate(_ value: String) throws(SettingError) {
        switch self {
        case .metricSRID:
            // Canonical digits only: "04546" or "+4546" would be stored as typed and read back
            // differently by other tools.
            guard let code = Int32(value), String(code) == value, GaussKruger(epsg: code) != nil else {
                throw .invalidValue(key: rawValue, value: value,
                                    rule: "must be an EPSG code from 4534 to 4554 (CGCS2000 3-degree Gauss-Kruger), written without sign, spaces or leading zeros")
            }
        case .readAccess:
            guard ["open", "token"].contains(value) else {
                throw .invalidValue(key: rawValue, value: value, rule: "must be open or token")
            }
        }
    }
}

public enum SettingError: Problem, Equatable {
    case unknownKey(String)
    case invalidValue(key: String, value: String, rule: String)

    public var status: Int { 400 }
    public var type: String { "invalid-setting" }
    public var title: String { "Invalid setting" }
    public var field: String? {
        switch self {
        case let .unknownKey(key), let .invalidValue(key, _, _): key
        }
    }
    public var detail: String {
        switch self {
        case let .unknownKey(key):
            "no setting named \"\(key)\"; the settings are \(Setting.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .invalidValue(key, value, rule):
            "\(key) \"\(value)\" \(rule)"
        }
    }
}

/// Reads and writes the `diming_settings` table.
public enum SettingsStore {
    static let table = "diming_settings"

    public static func value(_ setting: Setting, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM diming_settings WHERE key = ?", arguments: [setting.rawValue])
    }

    public static func set(_ setting: Setting, to value: String?, in db: Database) throws {
        if let value {
            try setting.validate(value)
            try db.execute(sql: "INSERT INTO diming_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           arguments: [setting.rawValue, value])
        } else {
            try db.execute(sql: "DELETE FROM diming_settings WHERE key = ?", arguments: [setting.rawValue])
        }
    }

    /// The configured Gauss-Krüger zone, or the zone of the divisions' centre, or Yidu's.
    public static func metricProjection(in db: Database) throws -> GaussKruger {
        if let text = try value(.metricSRID, in: db), let code = Int32(text), let zone = GaussKruger(epsg: code) {
            return zone
        }
        if let extent = try LayerStatistics.extent(of: .divisions, in: db) {
            return GaussKruger(zoneForLongitude: (extent.minLon + extent.maxLon) / 2)
        }
        return .yidu
    }
}
