/// Per-database settings a deployment fixes once (`diming config KEY VALUE`, `PUT /settings/{key}`).
public enum Setting: String, Sendable, CaseIterable {
    /// The EPSG code of the Gauss-Krüger projection for metres (e.g. 4546); when unset, the
    /// zone follows the longitude of the data.
    case metricSRID = "metric_srid"
    /// Whether the OGC API can be read without a token: `open` (the default) or `token`.
    case readAccess = "read_access"
    /// The division the web map opens on (a code in the database); when unset, the only
    /// county-level division if there is exactly one, else the extent of every division.
    case homeDivision = "home_division"

    /// What the setting is for, in English.
    public var summary: String { summary(in: .en) }

    /// Parses a key, or throws naming the settings.
    public init(key: String) throws(SettingError) {
        guard let setting = Setting(rawValue: key) else { throw .unknownKey(key) }
        self = setting
    }

    /// Checks a value's form before it is stored (``SettingsStore`` also checks that a
    /// home division exists, which needs the database).
    public func validate(_ value: String) throws(SettingError) {
        switch self {
        case .metricSRID:
            // Canonical digits only: "04546" or "+4546" would be stored as typed and read back
            // differently by other tools.
            guard let code = Int32(value), String(code) == value, GaussKruger(epsg: code) != nil else {
                throw .invalidValue(key: rawValue, value: value,
                                    rule: Reason(IOMessages.ruleMetricSRID))
            }
        case .readAccess:
            guard ["open", "token"].contains(value) else {
                throw .invalidValue(key: rawValue, value: value, rule: Reason(IOMessages.ruleReadAccess))
            }
        case .homeDivision:
            guard DivisionCode(value) != nil else {
                throw .invalidValue(key: rawValue, value: value, rule: Reason(IOMessages.ruleDivisionCode))
            }
        }
    }
}
