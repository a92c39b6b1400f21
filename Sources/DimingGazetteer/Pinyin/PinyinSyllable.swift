import Foundation

/// One syllable as written in a place name: with its tone mark (`cháng`) and without (`chang`).
struct PinyinSyllable: Sendable, Hashable {
    let toned: String
    let plain: String
    /// 儿 read as the r of the syllable before it (盆儿 Penr): the 1984 rules' rule 12.
    let isErhua: Bool
    /// A syllable that starts with a, o or e takes an apostrophe after another syllable (Xi'an).
    let startsWithAOE: Bool

    init(toned: String) {
        self.toned = toned
        plain = Self.stripTone(toned)
        isErhua = toned == "r"
        let first = plain.utf8.first
        startsWithAOE = first == UInt8(ascii: "a") || first == UInt8(ascii: "o") || first == UInt8(ascii: "e")
    }

    static let erhua = PinyinSyllable(toned: "r")

    /// Tone mark → plain vowel, for every marked letter pinyin uses.
    private static let plainVowel: [Character: Character] = {
        var map = [Character: Character]()
        for (plain, marked) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ"),
                                ("n", "ńňǹ"), ("m", "ḿ"), ("A", "ĀÁǍÀ"), ("E", "ĒÉĚÈ"), ("O", "ŌÓǑÒ")] {
            for letter in marked { map[letter] = Character(plain) }
        }
        return map
    }()

    static func stripTone(_ toned: String) -> String {
        guard toned.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return toned }
        return String(toned.map { plainVowel[$0] ?? $0 })
    }

    /// `zhang3` → `zhǎng`, `lv4`/`lu:4`/`lü4` → `lǜ`, `zi` or `zi5` → `zi`; nil when the text is not
    /// letters with an optional tone digit. A syllable already toned (`zhǎng`) comes back as it is.
    static func parse(_ text: String) -> PinyinSyllable? {
        var letters = text.lowercased().replacingOccurrences(of: "u:", with: "ü").replacingOccurrences(of: "v", with: "ü")
        var tone = 0
        if let last = letters.last, let digit = last.wholeNumberValue {
            guard (1...5).contains(digit) else { return nil }
            tone = digit == 5 ? 0 : digit
            letters.removeLast()
        }
        guard !letters.isEmpty, letters.allSatisfy({ ("a"..."z").contains($0) || $0 == "ü" || plainVowel[$0] != nil }) else { return nil }
        let alreadyToned = letters.contains { plainVowel[$0] != nil }
        if alreadyToned { return tone == 0 ? PinyinSyllable(toned: letters) : nil }
        return PinyinSyllable(toned: tone == 0 ? letters : mark(letters, tone: tone))
    }

    private static let marks: [Character: [Character]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
    ]

    /// The tone mark goes on a or e; on the o of ou; else on the last vowel (liù, guǐ).
    private static func mark(_ letters: String, tone: Int) -> String {
        var chars = Array(letters)
        let target: Int?
        if let a = chars.firstIndex(where: { $0 == "a" || $0 == "e" }) {
            target = a
        } else if let o = chars.firstIndex(of: "o") {
            target = o
        } else {
            target = chars.lastIndex { marks[$0] != nil }
        }
        guard let target, let marked = marks[chars[target]] else { return letters }
        chars[target] = marked[tone - 1]
        return String(chars)
    }
}
