import Foundation

/// A query as the index compares it: traditional characters folded to simplified ones,
/// full-width letters and digits made half-width, a trailing house number (`12号`, `84號`) set
/// apart, and Latin text read as pinyin (`jiefang lu` → `jiefanglu`).
struct SearchText: Sendable, Hashable {
    /// What the user typed, trimmed.
    let typed: String
    /// The whole text normalised: `運河北路84號` → `运河北路84号`.
    let normalized: String
    /// The name part: `运河北路` (the whole text when no house number ends it).
    let name: String
    /// The house number that ended the text, if any.
    let houseNumber: Int?
    /// Whether folding to simplified characters changed the name.
    let wasTraditional: Bool
    /// Lower-case letters and digits of a Latin query (`jiefanglu`); nil for Chinese text.
    let pinyinKey: String?

    init(_ text: String) {
        typed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let halfwidth = Self.halfwidth(typed)
        let folded = TraditionalChinese.fold(halfwidth)
        normalized = folded
        if let match = folded.wholeMatch(of: /(.+?)\s*([0-9]{1,6})\s*号/), let number = Int(match.2) {
            name = String(match.1)
            houseNumber = number
        } else {
            name = folded
            houseNumber = nil
        }
        wasTraditional = folded != halfwidth
        pinyinKey = Self.latinKey(name)
    }

    /// The characters of the name, each one of them counted as the index counts them.
    var length: Int { name.count }

    /// `jiefang lu` / `Jiefang-Lu` / `xi'an` → `jiefanglu` / `xian`; nil unless the text is
    /// Latin letters (with digits, spaces, apostrophes or hyphens) and has a letter.
    static func latinKey(_ text: String) -> String? {
        var key = ""
        var hasLetter = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z":
                hasLetter = true
                key.unicodeScalars.append(scalar.properties.lowercaseMapping.unicodeScalars.first!)
            case "0"..."9": key.unicodeScalars.append(scalar)
            case " ", "'", "-", "’", "·": continue
            default:
                // A toned letter (jiě) counts as its base letter; anything else is not pinyin.
                guard let base = tonedVowels[scalar] else { return nil }
                hasLetter = true
                key.append(base)
            }
        }
        return hasLetter ? key : nil
    }

    /// Pinyin's toned vowels (and ü) as the base letter the index's keys use.
    private static let tonedVowels: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = [:]
        for (base, toned) in [("a", "āáǎàĀÁǍÀ"), ("e", "ēéěèĒÉĚÈ"), ("i", "īíǐìĪÍǏÌ"), ("o", "ōóǒòŌÓǑÒ"), ("u", "ūúǔùŪÚǓÙǖǘǚǜüǕǗǙǛÜ")] {
            for scalar in toned.unicodeScalars { table[scalar] = Character(base) }
        }
        return table
    }()

    /// Full-width Latin letters, digits and the ideographic space (what a Chinese input method
    /// types: `１２号`, `ｊｆｌ`) as their half-width forms, without an ICU transform per query.
    static func halfwidth(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) || $0.value == 0x3000 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: result.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
