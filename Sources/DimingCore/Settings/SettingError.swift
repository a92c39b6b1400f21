/// A setting refused: an unknown key or a value its rule does not allow.
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
