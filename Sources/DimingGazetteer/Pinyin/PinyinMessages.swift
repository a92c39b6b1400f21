import DimingCore

/// The texts of the pinyin engine and of `diming pinyin`.
public enum PinyinMessages {
    public static let invalidReadingTitle = Message("pinyin.reading.invalid", zh: "读音无效", en: "Invalid reading")
    public static let readingWrongCount = Message(
        "pinyin.reading.wrongCount",
        zh: "读音“{reading}”有 {syllables} 个音节，而地名有 {characters} 个汉字：每个汉字一个音节，以空格分隔（如 zhǎng zǐ 或 zhang3 zi3）",
        en: "the reading '{reading}' has {syllables} syllables for {characters} Han characters: give one syllable per character, separated by spaces (zhǎng zǐ or zhang3 zi3)")
    public static let readingNotASyllable = Message(
        "pinyin.reading.notASyllable",
        zh: "读音“{reading}”中的“{syllable}”不是汉语拼音音节（可写 zhǎng 或 zhang3）",
        en: "'{syllable}' in the reading '{reading}' is not a pinyin syllable (write zhǎng or zhang3)")
    public static let unknownForm = Message(
        "pinyin.form.unknown",
        zh: "未知的拼写形式“{form}”：可用 {forms}",
        en: "unknown form '{form}': use {forms}")
    public static let unknownCategory = Message(
        "pinyin.category.unknown",
        zh: "未知的类别“{category}”：可用 {categories}",
        en: "unknown category '{category}': use {categories}")
    public static let noText = Message("pinyin.text.empty", zh: "请给出要拼写的地名", en: "give the place name to spell")

    // diming pinyin --help
    public static let helpAbstract = Message(
        "help.pinyin", zh: "按《中国地名汉语拼音字母拼写规则》和 GB/T 16159 拼写地名。",
        en: "Spell place names in Hanyu Pinyin by the 1984 place-name rules and GB/T 16159.")
    public static let helpDiscussion = Message(
        "help.pinyin.discussion",
        zh: "专名与通名分写，单音节修饰语连写，街巷序数用阿拉伯数字，a、o、e 前加隔音符号，儿化写 r。多音字按 gazetteer/pinyin/ 中的地名读音词典读；地方读音用 --reading 指定。每个地名输出一行。",
        en: """
            The specific and the generic are written apart, one-syllable modifiers joined, street \
            ordinals in Arabic numerals, an apostrophe before a, o, e, and erhua as r. Characters \
            with several readings are read by the place-name reading dictionary in \
            gazetteer/pinyin/; give a local reading with --reading. One line per name.
            """)
    public static let helpText = Message("help.pinyin.text", zh: "要拼写的地名（可多个）。", en: "The place names to spell (one or more).")
    public static let helpForm = Message(
        "help.pinyin.form", zh: "拼写形式：toned（带声调）、toneless（不带声调）或 sign（标志用大写）。",
        en: "The form: toned, toneless, or sign (capitals, for signs).")
    public static let helpCategory = Message(
        "help.pinyin.category", zh: "地名类别（如 road、village）：村庄连写，街巷序数用数字。",
        en: "The category (road, village …): a village is one word, a street's ordinal a number.")
    public static let helpReading = Message(
        "help.pinyin.reading", zh: "读音（每字一个音节，如 \"zhang3 zi3\"），替代词典的读音。",
        en: "The reading, one syllable per character (\"zhang3 zi3\"), instead of the dictionary's.")

    public static let all = [invalidReadingTitle, readingWrongCount, readingNotASyllable, unknownForm, unknownCategory, noText,
                             helpAbstract, helpDiscussion, helpText, helpForm, helpCategory, helpReading]
}
