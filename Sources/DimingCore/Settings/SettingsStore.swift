import GRDB

/// Reads and writes settings inside a caller's transaction; ``Settings`` is the façade that
/// authorizes and audits.
public enum SettingsStore {
    public static func value(_ setting: Setting, in db: Database) throws -> String? {
        try SettingRecord.fetchOne(db, key: setting.rawValue)?.value
    }

    /// Stores a checked value, or with nil goes back to the default.
    static func set(_ setting: Setting, to value: String?, in db: Database) throws {
        if let value {
            try setting.validate(value)
            if setting == .homeDivision, try HomeView.division(code: value, in: db) == nil {
                throw SettingError.invalidValue(key: setting.rawValue, value: value, rule: Reason(IOMessages.ruleDivision))
            }
            try SettingRecord(key: setting.rawValue, value: value).upsert(db)
        } else {
            _ = try SettingRecord.deleteOne(db, key: setting.rawValue)
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
