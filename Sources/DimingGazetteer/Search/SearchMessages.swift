import DimingCore

/// The search's own texts (the reasons a query is refused).
public enum SearchMessages {
    public static let emptyQuery = Message("search.reason.empty", zh: "检索词为空", en: "is empty")
    public static let queryTooLong = Message("search.reason.tooLong", zh: "检索词超过 {maximum} 个字", en: "is longer than {maximum} characters")
    public static let notDivisionCode = Message("search.reason.notDivision", zh: "\"{text}\" 不是行政区划代码", en: "\"{text}\" is not a division code")
    public static let noResults = Message("search.none", zh: "没有找到「{q}」", en: "Nothing found for \"{q}\"")
    public static let historicalMark = Message("search.historical", zh: "（已销名）", en: " (historical)")

    public static let all: [Message] = [emptyQuery, queryTooLong, notDivisionCode, noResults, historicalMark]
}

/// `diming search`'s help texts.
public enum SearchHelpMessages {
    public static let abstract = Message("help.search.abstract", zh: "检索地名：汉字、拼音、首字母、同音字、繁体字、曾用名。",
                                         en: "Search place names: Chinese text, pinyin, initials, homophones, traditional characters, former names.")
    public static let discussion = Message("help.search.discussion",
        zh: "结果按匹配程度排列，标出匹配方式（exact、prefix、substring、pinyin、initials、homophone、traditional、former、alias）。以“N号”结尾的检索词同时查找该道路上的门牌，例如“建设路12号”在更名后找到“长江大道12号（原建设路）”。规划预留的地名默认不列出；申报中和未批准的地名不列出。",
        en: "Results come best first, each saying how it matched (exact, prefix, substring, pinyin, initials, homophone, traditional, former, alias). A query ending in \"N号\" also finds that house number on the road: after a renaming, 建设路12号 finds 长江大道12号 (原建设路). Reserved (planned) names are left out unless asked for; proposed and rejected names never appear.")
    public static let query = Message("help.search.query", zh: "检索词，例如 解放路、jfl、jiefang lu、運河北路84號。", en: "What to look for, e.g. 解放路, jfl, jiefang lu, 運河北路84號.")
    public static let division = Message("help.search.in", zh: "只查该行政区划（代码）及其下级中的地名。", en: "Only places in this division (code) or below it.")
    public static let category = Message("help.search.category", zh: "只查该类别的地名（{categories}）。", en: "Only places of this category ({categories}).")
    public static let limit = Message("help.search.limit", zh: "最多列出的结果数，1 到 {maximum}（默认 {default}）。", en: "At most this many results, 1 to {maximum} (default {default}).")
    public static let format = Message("help.search.format", zh: "输出格式：text（表格）或 json。", en: "Output: text (a table) or json.")
    public static let includeReserved = Message("help.search.includeReserved", zh: "也列出地名方案中规划预留的地名。", en: "Also list the reserved (planned) names of the 地名方案.")
    public static let rebuildIndex = Message("help.search.rebuildIndex", zh: "重建检索索引（修复用；地名写入时索引会自动更新）。",
                                             en: "Rebuild the search index (a repair; the gazetteer's writes keep it up to date).")
    public static let rebuilt = Message("search.rebuilt", zh: "检索索引已重建：{count} 个名称", en: "Search index rebuilt: {count} names")
    public static let header = Message("search.header", zh: "名称|拼音|类别|政区|匹配|得分|说明", en: "name|pinyin|category|division|matched by|score|note")
    public static let needsQuery = Message("search.needsQuery", zh: "请给出检索词（或 --rebuild-index）", en: "Give a query (or --rebuild-index)")

    public static let all: [Message] = [
        abstract, discussion, query, division, category, limit, format, includeReserved, rebuildIndex, rebuilt, header, needsQuery,
    ]
}
