import Foundation

/// Spells place names in Hanyu Pinyin by the 1984 rules: reads each character (the place-name
/// reading dictionary in `gazetteer/pinyin/` first, then ICU's Han-Latin transform), splits
/// the name into specific and generic parts, joins one-syllable modifiers, writes ordinals in
/// street names as Arabic numerals, and puts the apostrophe before a, o, e.
///
/// `init()` costs nothing: the dictionary is loaded once, on the first spelling, and shared.
public struct PinyinSpeller: Sendable {
    /// Where the readings come from: the dictionary, or ICU alone (to measure what the
    /// dictionary changes).
    enum Readings: Sendable { case dictionary, icuOnly }

    let readings: Readings

    public init() { readings = .dictionary }

    init(readings: Readings) { self.readings = readings }

    /// The spelling of `name`; `category` guides the split (a village is written as one word),
    /// `reading` is an officer's override of the characters' readings, one syllable per
    /// character separated by spaces, toned or with tone numbers (`zhang3 zi3 lu4`). An
    /// override that ``validateReading(_:for:)`` refuses is ignored.
    public func spell(_ name: String, category: PlaceCategory? = nil, reading: String? = nil) -> PinyinSpelling {
        let scalars = Array(name.unicodeScalars)
        let dictionary = PinyinDictionary.shared
        var syllables: [PinyinSyllable?]
        switch readings {
        case .dictionary: syllables = dictionary.read(scalars)
        case .icuOnly: syllables = scalars.map { PinyinDictionary.isHan($0) ? PinyinDictionary.icuReading($0) : nil }
        }
        if let reading, let override = try? Self.parseReading(reading, for: scalars) {
            var next = override.makeIterator()
            for index in scalars.indices where PinyinDictionary.isHan(scalars[index]) { syllables[index] = next.next() }
        }
        var writer = PinyinWriter(scalars: scalars, syllables: syllables)
        if let category, Self.joinedCategories.contains(category) {
            writer.word(0..<scalars.count)   // rule 3: natural villages and towns are one word
        } else {
            let layout = NameLayout(scalars, category: category, terms: dictionary.terms)
            writer.specific(layout.specific)
            for qualifier in layout.qualifiers { writer.word(qualifier) }
            if let ordinal = layout.ordinal { writer.ordinal(ordinal) }
            writer.word(layout.modifier.lowerBound..<layout.generic.upperBound)
        }
        return writer.spelling
    }

    /// Natural villages and towns: written as one word (王村 Wangcun, 周口店 Zhoukoudian).
    static let joinedCategories: Set<PlaceCategory> = [.village, .residentialArea, .townshipSeat]

    /// Checks an officer's reading of `name`: one pinyin syllable (toned, tone-numbered or
    /// plain) per Han character. Returns the syllables as toned pinyin (`zhǎng zǐ lù`).
    @discardableResult
    public static func validateReading(_ reading: String, for name: String) throws -> [String] {
        try parseReading(reading, for: Array(name.unicodeScalars)).map(\.toned)
    }

    static func parseReading(_ reading: String, for scalars: [Unicode.Scalar]) throws -> [PinyinSyllable] {
        let words = reading.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        let han = scalars.filter(PinyinDictionary.isHan).count
        guard words.count == han else { throw PinyinReadingError.wrongCount(reading: reading, syllables: words.count, characters: han) }
        let known = PinyinDictionary.shared.knownSyllables
        return try words.map { word in
            if word == "r" || word == "er" || word == "er5" { return .erhua }
            guard let syllable = PinyinSyllable.parse(String(word)), known.isEmpty || known.contains(syllable.plain) else {
                throw PinyinReadingError.notASyllable(reading: reading, syllable: String(word))
            }
            return syllable
        }
    }
}
