/// Writes the words of a spelling, in its three forms at once, from the readings of a name's
/// characters: syllables of a word joined with the apostrophe before a, o, e (rule 11), 儿 as
/// r (rule 12), every word capitalised (rule 10).
struct PinyinWriter {
    let scalars: [Unicode.Scalar]
    let syllables: [PinyinSyllable?]
    private var toned: [String] = []
    private var toneless: [String] = []
    private var plainSyllables: [String] = []

    init(scalars: [Unicode.Scalar], syllables: [PinyinSyllable?]) {
        self.scalars = scalars
        self.syllables = syllables
    }

    var spelling: PinyinSpelling {
        let plain = toneless.joined(separator: " ")
        return PinyinSpelling(toned: toned.joined(separator: " "), toneless: plain, sign: plain.uppercased(), syllables: plainSyllables)
    }

    /// The specific part; a leading 第 + numeral before more of the name is a word of its own
    /// (第二松花江 Di'er Songhua Jiang).
    mutating func specific(_ range: Range<Int>) {
        var split = range.lowerBound
        if range.count >= 3, scalars[split] == "第" {
            split += 1
            while split < range.upperBound, ChineseNumeral.isNumeral(scalars[split]) { split += 1 }
            if split - range.lowerBound < 2 || range.upperBound - split < 2 { split = range.lowerBound }
        }
        word(range.lowerBound..<split)
        word(split..<range.upperBound)
    }

    /// An ordinal in Arabic numerals: `12`, `Di-9`.
    mutating func ordinal(_ ordinal: NameLayout.Ordinal) {
        let digits = String(ordinal.value)
        toned.append(ordinal.hasDi ? "Dì-" + digits : digits)
        toneless.append(ordinal.hasDi ? "Di-" + digits : digits)
        if ordinal.hasDi { plainSyllables.append("di") }
        plainSyllables.append(digits)
    }

    /// The characters of `range` as words: Han syllables joined into one word, a run of other
    /// characters (digits, Latin letters) a word of its own; spaces and dots separate words.
    mutating func word(_ range: Range<Int>) {
        var tonedWord = "", plainWord = "", literal = ""
        func flushLiteral() {
            guard !literal.isEmpty else { return }
            toned.append(literal)
            toneless.append(literal)
            plainSyllables.append(literal.lowercased())
            literal = ""
        }
        func flushWord() {
            guard !plainWord.isEmpty else { return }
            toned.append(Self.capitalised(tonedWord))
            toneless.append(Self.capitalised(plainWord))
            tonedWord = ""
            plainWord = ""
        }
        for index in range {
            if let syllable = syllables[index] {
                flushLiteral()
                if syllable.isErhua, !plainWord.isEmpty {
                    tonedWord += "r"
                    plainWord += "r"
                    plainSyllables[plainSyllables.count - 1] += "r"
                    continue
                }
                let reading = syllable.isErhua ? PinyinSyllable(toned: "ér") : syllable
                if !plainWord.isEmpty, reading.startsWithAOE {
                    tonedWord += "'"
                    plainWord += "'"
                }
                tonedWord += reading.toned
                plainWord += reading.plain
                plainSyllables.append(reading.plain)
            } else {
                flushWord()
                let scalar = scalars[index]
                if scalar == " " || scalar == "·" || scalar == "-" || scalar.properties.isWhitespace {
                    flushLiteral()
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        flushWord()
        flushLiteral()
    }

    /// The first letter in capitals (`ān` → `Ān`).
    static func capitalised(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        guard let first = utf8.first else { return word }
        if first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") {
            utf8[0] = first - 32   // the common case, without Unicode case tables
            return String(decoding: utf8, as: UTF8.self)
        }
        guard let character = word.first else { return word }
        return character.uppercased() + word.dropFirst()
    }
}
