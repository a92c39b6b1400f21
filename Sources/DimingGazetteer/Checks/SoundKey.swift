import Foundation

/// What two homophones share: the toneless syllables joined (``PinyinSpelling/homophoneKey``),
/// with two corrections for comparing sounds rather than spellings.
enum SoundKey {
    /// The key of `name`, read by the speller with an officer's `reading` when it has one
    /// (one syllable per character, toned or with tone numbers), else from its dictionary.
    static func of(_ name: String, category: PlaceCategory, reading: String?, speller: PinyinSpeller) -> String {
        normalized(speller.spell(name, category: category, reading: reading).homophoneKey)
    }

    /// The toneless syllables of `name`, for the near-homophone check (digits read aloud).
    static func syllables(_ name: String, category: PlaceCategory, reading: String?, speller: PinyinSpeller) -> [String] {
        speller.spell(name, category: category, reading: reading).syllables.map(normalized).filter { !$0.isEmpty }
    }

    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"]

    /// 谐音 (N-NEAR): as many syllables, exactly one different, and that one keeps its
    /// initial or its final (人民 rén mín, 人明 rén míng).
    static func isNear(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count, a != b else { return false }
        let different = zip(a, b).filter { $0 != $1 }
        guard different.count == 1, let (x, y) = different.first else { return false }
        let split = { (syllable: String) -> (String, String) in
            let initial = initials.first { syllable.hasPrefix($0) } ?? ""
            return (initial, String(syllable.dropFirst(initial.count)))
        }
        let (xi, xf) = split(x), (yi, yf) = split(y)
        return xi == yi || xf == yf
    }

    /// A stored or spelled key with its ordinals read aloud: the 1984 rules write 二马路 as
    /// `2 Malu`, but 儿马路 sounds the same.
    static func normalized(_ key: String) -> String {
        var result = "", digits = ""
        for character in key.lowercased() {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            if !digits.isEmpty { result += spoken(digits); digits = "" }
            if character.isLetter { result.append(character == "ü" ? "u" : character) }
        }
        return digits.isEmpty ? result : result + spoken(digits)
    }

    static let units = ["ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu"]

    /// 12 → shier, 20 → ershi, 105 → yibailingwu; longer numbers digit by digit.
    static func spoken(_ digits: String) -> String {
        guard digits.count <= 3, let number = Int(digits), number > 0 else { return digits.map { units[Int(String($0)) ?? 0] }.joined() }
        let hundreds = number / 100, tens = number / 10 % 10, ones = number % 10
        var text = hundreds > 0 ? units[hundreds] + "bai" : ""
        if tens > 0 { text += (tens == 1 && hundreds == 0 ? "" : units[tens]) + "shi" } else if hundreds > 0 && ones > 0 { text += "ling" }
        if ones > 0 { text += units[ones] }
        return text
    }
}
