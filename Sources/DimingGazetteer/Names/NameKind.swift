/// 名称类型: what a name record is to its place.
public enum NameKind: String, Sendable, CaseIterable, Codable {
    /// 标准名称: at most one in force at a time
    case standard
    /// 曾用名: a standard name that ended (valid_to set)
    case former
    /// 别名、简称
    case alternative
    /// 俗称
    case colloquial
    /// 错误名称: a spelling that was never right, kept so that search still finds it
    case erroneous
}
