import Foundation

/// Spells place names in Hanyu Pinyin by the 1984 rules: reads each character (the place-name
/// reading dictionary in `gazetteer/pinyin/` first, then ICU's Han-Latin transform), splits
/// the name into specific and generic parts, joins one-syllable modifiers, writes ordinals in
/// street names as Arabic numerals, and puts the apostrophe before a, o, e.
///
/// PLACEHOLDER (to be replaced by the pinyin work): reads character by character with ICU.
public struct PinyinSpeller: Sendable {
    public init() {}

    /// The spelling of `name`; `category` guides the split (a village is written as one word),
    /// `reading` is an officer's override of the characters' readings, one syllable per
    /// character separated by spaces, toned or with tone numbers (`zhang3 zi3 lu4`).
    public func spell(_ name: String, category: PlaceCategory? = nil, reading: String? = nil) -> PinyinSpelling {
        let toned = name.applyingTransform(.mandarinToLatin, reverse: false) ?? name
        let syllables = toned.split(separator: " ").map { String($0).applyingTransform(.stripDiacritics, reverse: false) ?? String($0) }
        let toneless = syllables.joined(separator: " ")
        return PinyinSpelling(toned: toned, toneless: toneless, sign: toneless.uppercased(), syllables: syllables.map { $0.lowercased() })
    }
}
