/// The rules of the gazetteer.md §2.3 catalogue the checker implements. The raw value is the
/// key a profile gives a severity (and a word list) under; `code` is what a finding reports
/// (leaders and other persons are both N-PERSON, with their own severities).
public enum NamingRule: String, Sendable, CaseIterable, Codable {
    /// 重名: the same name in scope
    case duplicate = "N-DUP"
    /// 新/大/老/{city} + an existing name
    case affixDuplicate = "N-DUP-AFFIX"
    /// 同音: the same toneless pinyin
    case homophone = "N-HOMO"
    /// 谐音: one syllable's initial or final differs (Baotou); off unless a profile sets it
    case nearHomophone = "N-NEAR"
    /// 青龙街 beside 青龙路
    case suffixOnly = "N-SUFFIX-ONLY"
    /// 国家领导人的名字
    case personLeader = "N-PERSON-LEADER"
    /// 人名, 别名, 笔名, 文学作品人物
    case person = "N-PERSON"
    /// 外国地名、人名
    case foreign = "N-FOREIGN"
    /// 企业名称、商标
    case brand = "N-BRAND"
    /// 专名 + 通名
    case structure = "N-STRUCT"
    /// 重叠通名
    case stack = "N-STACK"
    /// 单纯序数
    case ordinal = "N-ORD"
    /// The proposal's division was too coarse (or missing) for the scope a rule asks for.
    case scope = "N-SCOPE"

    public var code: String { self == .personLeader ? NamingRule.person.rawValue : rawValue }

    /// The rules that look words up in lists, in the order they are reported.
    static let wordRules: [NamingRule] = [.personLeader, .person, .foreign, .brand]
}
