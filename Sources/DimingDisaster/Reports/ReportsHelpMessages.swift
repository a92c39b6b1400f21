import DimingCore

/// `diming report submit`'s help and output texts.
public enum ReportsHelpMessages {
    public typealias M = Message
    public static let submitAbstract = M("disaster.reports.help.submit", zh: "提交灾情速报（单个 Feature、FeatureCollection 或 CSV 批量），逐条输出结果。",
                                         en: "Submit rapid disaster reports (one Feature, a FeatureCollection or a CSV batch) and print each outcome.")
    public static let submitDiscussion = M("disaster.reports.help.submit.discussion",
                                           zh: "与 POST /reports 结果相同：created（新建）、unchanged（同编号同内容，未改动）、conflict（同编号不同内容）、out_of_date（更正的不是当前版本）、refused（字段有误）。有任一条未被接受时退出码非零。CSV 列：id, event, lon, lat, observed_at, location_source, accuracy_m, replaces, note 及各指标（如 affected_people、crops_affected_ha 或 crops_affected_mu）。",
                                           en: "Same outcomes as POST /reports: created, unchanged (same id, same content), conflict (same id, other content), out_of_date (corrects a version no longer current), refused (a field is wrong). Exits non-zero when any report was not accepted. CSV columns: id, event, lon, lat, observed_at, location_source, accuracy_m, replaces, note and the indicators (affected_people, crops_affected_ha or crops_affected_mu …).")
    public static let file = M("disaster.reports.help.file", zh: "报告文件（.geojson、.json 或 .csv）", en: "The file of reports (.geojson, .json or .csv)")
    public static let format = M("disaster.reports.help.format", zh: "输出格式：text、json 或 csv", en: "Output format: text, json or csv")
    public static let unreadable = M("disaster.reports.help.unreadable", zh: "无法读取文件 {file}", en: "cannot read the file {file}")

    public static let all: [Message] = [submitAbstract, submitDiscussion, file, format, unreadable]
}
