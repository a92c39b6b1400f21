import DimingCore

/// An officer's reading override (`zhǎng zǐ lù`, `zhang3 zi3 lu4`) that cannot be used.
public enum PinyinReadingError: Problem, Equatable {
    /// Not one syllable per Han character of the name.
    case wrongCount(reading: String, syllables: Int, characters: Int)
    /// A word of the reading is not a pinyin syllable.
    case notASyllable(reading: String, syllable: String)

    public var status: Int { 422 }
    public var type: String { "invalid-reading" }
    public var field: String? { "reading" }

    public func title(in language: Language) -> String { PinyinMessages.invalidReadingTitle.text(language) }

    public func detail(in language: Language) -> String {
        switch self {
        case let .wrongCount(reading, syllables, characters):
            PinyinMessages.readingWrongCount.text(language, ["reading": reading, "syllables": String(syllables), "characters": String(characters)])
        case let .notASyllable(reading, syllable):
            PinyinMessages.readingNotASyllable.text(language, ["reading": reading, "syllable": syllable])
        }
    }
}
