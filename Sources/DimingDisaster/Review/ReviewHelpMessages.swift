import DimingCore

/// The help and output of `diming report review|list|export`.
public enum ReviewHelpMessages {
    public static let reviewAbstract = Message("disaster.review.help.review", zh: "审核一份灾情速报的当前版本（不能审核自己报送的版本）。",
                                               en: "Review a report's current version (never one you submitted).")
    public static let reportID = Message("disaster.review.help.id", zh: "版本编号（客户端 UUID）。", en: "The version's id (the client's UUID).")
    public static let state = Message("disaster.review.help.state", zh: "新的审核状态：received、has_issues、approved、rejected。",
                                      en: "The new review state: received, has_issues, approved or rejected.")
    public static let note = Message("disaster.review.help.note", zh: "说明（has_issues 与 rejected 必填）。",
                                     en: "Why (required for has_issues and rejected).")
    public static let reviewed = Message("disaster.review.reviewed", zh: "版本 {id} 的审核状态已改为 {state}。",
                                         en: "Version {id} is now {state}.")
    public static let listAbstract = Message("disaster.review.help.list", zh: "列出一个灾害过程的灾情速报（默认只列当前版本）。",
                                             en: "List an event's reports (current versions unless --all-versions).")
    public static let event = Message("disaster.review.help.event", zh: "灾害过程编号。", en: "The event's id.")
    public static let stateFilter = Message("disaster.review.help.state_filter", zh: "只列此审核状态。", en: "Only this review state.")
    public static let township = Message("disaster.review.help.township", zh: "只列此乡镇（9 位代码）。", en: "Only this township (9-digit code).")
    public static let allVersions = Message("disaster.review.help.all_versions", zh: "包括已被更正的版本。", en: "Include superseded versions.")
    public static let limit = Message("disaster.review.help.limit", zh: "最多列出多少条。", en: "At most this many.")
    public static let offset = Message("disaster.review.help.offset", zh: "跳过前多少条。", en: "Skip this many first.")
    public static let format = Message("disaster.review.help.format", zh: "输出格式：text、json、csv。", en: "Output format: text, json or csv.")
    public static let exportAbstract = Message("disaster.review.help.export", zh: "导出一个灾害过程的灾情速报：GeoJSON、CSV，或整个过程的 ZIP 归档。",
                                               en: "Export an event's reports as GeoJSON or CSV, or the whole event as a ZIP archive.")
    public static let exportFormat = Message("disaster.review.help.export_format",
                                             zh: "geojson（默认只含当前版本）或 csv（默认每个版本一行）。",
                                             en: "geojson (current versions unless --all-versions) or csv (one row per version).")
    public static let output = Message("disaster.review.help.output", zh: "写入此文件（默认标准输出）。", en: "Write to this file (standard output by default).")
    public static let archive = Message("disaster.review.help.archive", zh: "把整个过程（过程信息、全部版本、审核记录、照片）写成此 ZIP 文件。",
                                        en: "Write the whole event (record, every version, reviews, photos) to this ZIP file.")
    public static let currentOnly = Message("disaster.review.help.current_only", zh: "CSV 只含当前版本。", en: "CSV: current versions only.")
    public static let noReports = Message("disaster.review.no_reports", zh: "没有灾情速报。", en: "No reports.")

    public static let all: [Message] = [
        reviewAbstract, reportID, state, note, reviewed, listAbstract, event, stateFilter, township, allVersions, limit, offset,
        format, exportAbstract, exportFormat, output, archive, currentOnly, noReports,
    ]
}
