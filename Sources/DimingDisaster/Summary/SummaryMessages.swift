import DimingCore

/// Messages of the summaries: the 快报 table's headings and the CLI's words.
public enum SummaryMessages {
    public static let codeHeading = Message("disaster.summary.code", zh: "区划代码", en: "Division code")
    public static let reportsHeading = Message("disaster.summary.reports", zh: "报告数（份）", en: "Reports")
    public static let unassigned = Message("disaster.summary.unassigned", zh: "未能定位到乡镇", en: "Not in any township")
    public static let total = Message("disaster.summary.total", zh: "合计", en: "Total")
    public static let headingWithUnit = Message("disaster.summary.heading_unit", zh: "{label}（{unit}）", en: "{label} ({unit})")
    public static let pageTitle = Message("disaster.summary.page_title", zh: "自然灾害损失情况统计快报表", en: "Rapid report of disaster losses")
    public static let event = Message("disaster.summary.event", zh: "灾害过程", en: "Event")
    public static let asOf = Message("disaster.summary.as_of", zh: "统计截至", en: "Figures as of")
    public static let counting = Message("disaster.summary.counting", zh: "只计各报告的当前版本，不计已退回的版本；合计 = 各行之和 + 未能定位的报告。",
                                         en: "Only the current version of each report counts, rejected versions never; the total is the rows plus the reports in no township.")

    // CLI
    public static let summaryAbstract = Message("disaster.summary.cli.abstract", zh: "灾害过程的分乡镇（或分县）汇总：快报表的 JSON、CSV 或文本。",
                                                en: "An event's figures per township (or county): the 快报 table as text, JSON or CSV.")
    public static let asOfHelp = Message("disaster.summary.cli.as_of", zh: "统计截至的时间（默认现在），ISO 8601 带时区偏移。",
                                         en: "The time the figures are as of (default now): ISO 8601 with an offset.")
    public static let levelHelp = Message("disaster.summary.cli.level", zh: "汇总级别：township（默认）或 county。",
                                          en: "Rows per township (the default) or per county.")

    public static func heading(label: String, unit: String, language: Language) -> String {
        headingWithUnit.text(language, ["label": label, "unit": unit])
    }

    public static let all: [Message] = [codeHeading, reportsHeading, unassigned, total, headingWithUnit, pageTitle, event, asOf, counting,
                                        summaryAbstract, asOfHelp, levelHelp]
}
