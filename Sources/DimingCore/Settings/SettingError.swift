/// A setting refused: an unknown key or a value its rule does not allow.
public enum SettingError: Problem, Equatable {
    case unknownKey(String)
    case invalidValue(key: String, value: String, rule: Reason)

    public var status: Int { 400 }
    public var type: String { "invalid-setting" }
    public func title(in language: Language) -> String { QueryMessages.invalidSettingTitle.text(language) }
    public var field: String? {
        switch self {
        case let .unknownKey(key), let .invalidValue(key, _, _): key
        }
    }
    public func detail(in language: Language) -> String {
        switch self {
        case let .unknownKey(key):
            QueryMessages.unknownSetting.text(language, ["key": key, "settings": Setting.allCases.map(\.rawValue).joined(separator: ", ")])
        case let .invalidValue(key, value, rule):
            QueryMessages.invalidSetting.text(language, ["key": key, "value": value, "rule": rule.text(in: language)])
        }
    }
}
