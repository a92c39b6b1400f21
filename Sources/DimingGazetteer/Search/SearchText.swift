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
        let halfwidth = typed.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? typed
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
                // A toned letter (jiě) counts as its base letter.
                let base = String(scalar).applyingTransform(.stripDiacritics, reverse: false) ?? ""
                guard base.count == 1, let letter = base.unicodeScalars.first, ("a"..."z").contains(letter) || ("A"..."Z").contains(letter) else { return nil }
                hasLetter = true
                key += base.lowercased()
            }
        }
        return hasLetter ? key : nil
    }
}
