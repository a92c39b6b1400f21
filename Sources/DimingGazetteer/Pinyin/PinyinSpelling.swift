/// 汉语拼音: a place name spelled by the 1984 rules for Chinese place names and GB/T 16159.
///
/// `toned` `Cháng'ān Jiē`, `toneless` `Chang'an Jie`, `sign` `CHANG'AN JIE`. `syllables` are
/// the toneless lower-case syllables in order (an ordinal spelled as Arabic numerals stays its
/// digits: 二马路 → `["2", "ma", "lu"]`); the homophone checks and search compare them.
public struct PinyinSpelling: Sendable, Hashable, Codable {
    public var toned: String
    public var toneless: String
    public var sign: String
    public var syllables: [String]

    public init(toned: String, toneless: String, sign: String, syllables: [String]) {
        self.toned = toned
        self.toneless = toneless
        self.sign = sign
        self.syllables = syllables
    }

    /// What two homophones share: the toneless syllables joined (`renminlu`).
    public var homophoneKey: String { syllables.joined() }

    /// The first letter of each syllable (`jfl`); a digit stays itself.
    public var initials: String { String(syllables.compactMap(\.first)) }

    /// The spelling in `form`.
    public func text(_ form: PinyinForm) -> String {
        switch form {
        case .toned: toned
        case .toneless: toneless
        case .sign: sign
        }
    }
}

/// Which spelling `diming pinyin --form` prints.
public enum PinyinForm: String, Sendable, CaseIterable, Codable {
    case toned, toneless, sign
}
