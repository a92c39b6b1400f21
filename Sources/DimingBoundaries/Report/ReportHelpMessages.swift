import DimingCore

/// `diming boundary report` help texts.
public enum ReportHelpMessages {
    public static let abstract = Message("boundary.report.help.abstract", zh: "联检报告：HTML（可打印，含界线示意图）、JSON 或文本。",
                                         en: "The inspection report: HTML (printable, with a map of the line), JSON or text.")
    public static let round = Message("boundary.report.help.round", zh: "联检轮次编号（UUID）", en: "The round's id (UUID)")
    public static let format = Message("boundary.report.help.format", zh: "输出格式", en: "Output format")
    public static let output = Message("boundary.report.help.output", zh: "写入该文件（默认标准输出）", en: "Write to this file (default: standard output)")
    public static let language = Message("boundary.report.help.language", zh: "HTML 报告的首要语言（zh 或 en，默认按本机语言）",
                                         en: "The HTML report's first language (zh or en; default: this machine's)")

    public static let all: [Message] = [abstract, round, format, output, language]
}
