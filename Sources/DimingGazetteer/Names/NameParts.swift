/// 专名 + 通名: a place name split into its specific part, the one-syllable modifiers of the
/// generic (东, 西, 南, 北, 中, 小, 新, 后 …) and the generic itself. 延安东路 → 延安 · 东 · 路;
/// 长江大道 → 长江 · · 大道; 幸福 → 幸福 · · (no generic). Between the specific and the modifier
/// there may be `qualifiers` written as words of their own (长阳 · 土家族 · · 自治县) and an
/// `ordinal` of a street (东四 · 十二 · · 条, 经 · 五 · · 路).
///
/// The terms come from `gazetteer/pinyin/terms.tsv` (the 1984 rules for spelling Chinese
/// place names, rules 1–4 and 7).
public struct NameParts: Sendable, Hashable, Codable {
    public var specific: String
    public var modifier: String
    public var generic: String
    /// Ethnic names before 自治县 and the like, 左翼/右翼 of a banner: words of their own.
    public var qualifiers: [String]
    /// The ordinal of a street or lane, as written (`十二`, `第九`); empty when there is none.
    public var ordinal: String

    public init(specific: String, modifier: String = "", generic: String, qualifiers: [String] = [], ordinal: String = "") {
        self.specific = specific
        self.modifier = modifier
        self.generic = generic
        self.qualifiers = qualifiers
        self.ordinal = ordinal
    }

    private enum CodingKeys: String, CodingKey { case specific, modifier, generic, qualifiers, ordinal }

    /// Reads the three parts alone too (a split stored before qualifiers and ordinals existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(specific: try container.decode(String.self, forKey: .specific),
                  modifier: try container.decodeIfPresent(String.self, forKey: .modifier) ?? "",
                  generic: try container.decode(String.self, forKey: .generic),
                  qualifiers: try container.decodeIfPresent([String].self, forKey: .qualifiers) ?? [],
                  ordinal: try container.decodeIfPresent(String.self, forKey: .ordinal) ?? "")
    }

    /// Splits `name`; `category` tells a street (where 一 before 巷 is an ordinal) from others.
    public static func split(_ name: String, category: PlaceCategory? = nil) -> NameParts {
        let scalars = Array(name.unicodeScalars)
        let layout = NameLayout(scalars, category: category, terms: PinyinDictionary.shared.terms)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        return NameParts(specific: text(layout.specific), modifier: text(layout.modifier), generic: text(layout.generic),
                         qualifiers: layout.qualifiers.map(text), ordinal: layout.ordinal.map { text($0.range) } ?? "")
    }
}

/// Where the parts of a name lie, as ranges of its Unicode scalars, in order: specific,
/// qualifiers, ordinal, modifier, generic.
struct NameLayout {
    struct Ordinal {
        var range: Range<Int>
        var value: Int
        /// Written with 第 (第九弄 Di-9 Long).
        var hasDi: Bool
    }

    var specific: Range<Int>
    var qualifiers: [Range<Int>] = []
    var ordinal: Ordinal?
    var modifier: Range<Int>
    var generic: Range<Int>
    var genericClass: PlaceNameTerms.GenericClass?

    private static let directions: Set<Unicode.Scalar> = ["东", "西", "南", "北"]
    private static let bannerModifiers: Set<Unicode.Scalar> = ["左", "右", "前", "中", "后"]

    init(_ scalars: [Unicode.Scalar], category: PlaceCategory?, terms: PlaceNameTerms) {
        let count = scalars.count
        // The generic: the longest known term ending the name, leaving something before it.
        var genericStart = count
        var genericClass: PlaceNameTerms.GenericClass?
        var length = min(terms.longestGeneric, count - 1)
        while length >= 1 {
            // 马路 and 环路 are generics only after an ordinal (二马路, 三环路; 铁马路 is Tiema Lu); an
            // administrative generic of two characters needs a specific of two (新林区 is Xinlin Qu).
            if let key = ScalarKey(scalars[(count - length)...]), let found = terms.generics[key], count - length >= found.shortestSpecific,
               found.kind != .roadNumbered || ChineseNumeral.isNumeral(scalars[count - length - 1]) {
                genericStart = count - length
                genericClass = found.kind
                break
            }
            length -= 1
        }
        generic = genericStart..<count
        self.genericClass = genericClass
        var end = genericStart
        modifier = end..<end
        specific = 0..<end

        // Rule 7: an ordinal before a street's generic is written in Arabic numerals.
        let isStreet = genericClass == .road || genericClass == .roadNumbered
        if isStreet, category == nil || category == .road, let ordinal = Self.ordinal(before: end, in: scalars) {
            self.ordinal = ordinal
            let before = ordinal.range.lowerBound
            specific = 0..<before
            // 天宁寺西里一巷 Tianningsi Xili 1 Xiang (rule 10's example): a modifier and a one-character
            // street generic just before the ordinal are a word of their own.
            if before >= 4, terms.modifiers.contains(scalars[before - 2]),
               scalars[before - 1] == "里" || terms.generics[ScalarKey(scalars[(before - 1)..<before])!]?.kind == .road {
                qualifiers = [(before - 2)..<before]
                specific = 0..<(before - 2)
            }
            return
        }
        // Rule 2: one-syllable modifiers join the generic, while what stays before them is a
        // word (two syllables or more) or itself a modifier (南小街 Nan Xiaojie). Administrative
        // names keep theirs in the specific (市中区 Shizhong Qu), except a banner's 左旗, 中旗.
        if genericClass == .admin {
            let banner = generic.count == 1 && scalars[genericStart] == "旗"
            if banner, end >= 3, Self.bannerModifiers.contains(scalars[end - 1]) { end -= 1 }
        } else if genericClass != nil {
            while end > 1, terms.modifiers.contains(scalars[end - 1]) {
                let rest = end - 1
                guard rest >= 2 || terms.modifiers.contains(scalars[0]) else { break }
                end = rest
            }
        }
        modifier = end..<genericStart
        // Words of their own before the modifier: 左翼 of a banner, ethnic names before 自治….
        let autonomous = generic.count >= 2 && scalars[genericStart] == "自" && scalars[genericStart + 1] == "治"
        var qualifiers = [Range<Int>]()
        var found = genericClass == .admin   // 左翼, 土家族: only before administrative generics
        while found {
            found = false
            for list in [terms.segments, autonomous ? terms.ethnicNames : []] {
                guard let term = list.first(where: { end > $0.count && scalars[(end - $0.count)..<end].elementsEqual($0) }) else { continue }
                qualifiers.insert((end - term.count)..<end, at: 0)
                end -= term.count
                found = true
                break
            }
        }
        self.qualifiers = qualifiers
        specific = 0..<end
    }

    /// The ordinal ending at `end`: a well-formed number, with 第 before it if there is one.
    /// After 东/西/南/北 the first digit of a longer run belongs to the specific when the rest
    /// is a number too (东四十二条 Dongsi 12 Tiao: 东四 is the place, 十二 the ordinal).
    private static func ordinal(before end: Int, in scalars: [Unicode.Scalar]) -> Ordinal? {
        var start = end
        while start > 0, ChineseNumeral.isNumeral(scalars[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        if start > 0, directions.contains(scalars[start - 1]), end - start >= 2,
           ChineseNumeral.digits[scalars[start]] ?? 0 > 0, ChineseNumeral.value(of: scalars[(start + 1)..<end]) != nil {
            start += 1
        }
        guard let value = ChineseNumeral.value(of: scalars[start..<end]) else { return nil }
        let hasDi = start > 0 && scalars[start - 1] == "第"
        return Ordinal(range: (hasDi ? start - 1 : start)..<end, value: value, hasDi: hasDi)
    }
}
