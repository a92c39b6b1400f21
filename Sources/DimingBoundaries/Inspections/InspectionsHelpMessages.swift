import DimingCore

/// `diming boundary inspect …` help and output texts.
public enum InspectionsHelpMessages {
    public static let abstract = Message("boundary.inspect.help.abstract", zh: "联合检查：开启轮次、记录检查结果、查看界桩历史。",
                                         en: "Joint inspections: open a round, record findings, show a marker's history.")
    public static let discussion = Message("boundary.inspect.help.discussion",
        zh: "检查结果：intact 完好、damaged 损坏、moved 移位（需实测 X、Y）、missing 丢失（保留登记位置）；沿线：construction 跨界建设、terrain 地形地物变化、reference_missing 方位物不齐全、other 其他（需位置）。实测坐标换算到界桩登记坐标系的平面上，计算位移（米）和方位角（自坐标北顺时针）。位移超出限差的界桩不能记为完好，应记为移位。同一轮次再次记录同一界桩会替换本轮的结果，不影响其他轮次。",
        en: "Findings: intact, damaged, moved (needs the measured x, y), missing (keeps the registered position); along the line: construction, terrain, reference_missing, other (need a position). The measured position is taken to the plane of the marker's registered CRS for the displacement (metres) and its bearing (clockwise from grid north). A marker beyond the tolerance cannot be recorded as intact: record it as moved. Recording a marker again in the same round replaces that round's finding and no other round's.")
    public static let openAbstract = Message("boundary.inspect.help.open", zh: "开启一条界线的联检轮次。", en: "Open an inspection round of a line.")
    public static let recordAbstract = Message("boundary.inspect.help.record", zh: "记录一个检查结果。", en: "Record a finding.")
    public static let historyAbstract = Message("boundary.inspect.help.history", zh: "界桩在历次联检中的结果。", en: "A marker's findings over all rounds.")
    public static let roundsAbstract = Message("boundary.inspect.help.rounds", zh: "列出联检轮次（可按界线）。", en: "List the inspection rounds (of one line).")
    public static let date = Message("boundary.inspect.help.date", zh: "开始日期", en: "The first day")
    public static let finished = Message("boundary.inspect.help.finished", zh: "结束日期", en: "The last day")
    public static let roundNumber = Message("boundary.inspect.help.roundNumber", zh: "第几轮（如 5）", en: "The round's number (e.g. 5)")
    public static let teamLeft = Message("boundary.inspect.help.teamLeft", zh: "界线一侧（左代码）的检查组", en: "The team of the line's left side")
    public static let teamRight = Message("boundary.inspect.help.teamRight", zh: "界线另一侧（右代码）的检查组", en: "The team of the line's right side")
    public static let document = Message("boundary.inspect.help.document", zh: "依据文件（可多次）", en: "A document of the round (repeatable)")
    public static let reportNumber = Message("boundary.inspect.help.reportNumber", zh: "联检报告编号", en: "The report's number")
    public static let tolerance = Message("boundary.inspect.help.tolerance", zh: "位移限差（米，默认 0.10）", en: "Displacement tolerance in metres (default 0.10)")
    public static let round = Message("boundary.inspect.help.round", zh: "联检轮次编号（UUID）", en: "The round's id (UUID)")
    public static let marker = Message("boundary.inspect.help.marker", zh: "界桩编号", en: "The marker's number")
    public static let finding = Message("boundary.inspect.help.finding", zh: "检查结果", en: "The finding")
    public static let x = Message("boundary.inspect.help.x", zh: "实测 X（北坐标，米）", en: "Measured X (northing, metres)")
    public static let y = Message("boundary.inspect.help.y", zh: "实测 Y（东坐标，米，可带带号）", en: "Measured Y (easting, metres, with or without the zone prefix)")
    public static let epsg = Message("boundary.inspect.help.epsg", zh: "实测坐标的EPSG代码（默认按带号识别）", en: "EPSG code of the measured X/Y (default: recognised by the zone prefix)")
    public static let lon = Message("boundary.inspect.help.lon", zh: "沿线记录的经度", en: "Longitude of a finding along the line")
    public static let lat = Message("boundary.inspect.help.lat", zh: "沿线记录的纬度", en: "Latitude of a finding along the line")
    public static let findingDate = Message("boundary.inspect.help.findingDate", zh: "检查日期（默认轮次开始日期）", en: "Date of the finding (default: the round's first day)")
    public static let note = Message("boundary.inspect.help.note", zh: "说明", en: "Note")
    public static let opened = Message("boundary.inspect.opened", zh: "已开启联检轮次 {id}（界线 {line}，限差 {tolerance} 米）",
                                       en: "opened inspection round {id} (line {line}, tolerance {tolerance} m)")
    public static let recorded = Message("boundary.inspect.recorded", zh: "已记录：{marker} {kind}{displacement}", en: "recorded: {marker} {kind}{displacement}")
    public static let displaced = Message("boundary.inspect.displaced", zh: "，位移 {d} 米，方位角 {b}°", en: ", displaced {d} m at bearing {b}°")
    public static let historyHeader = Message("boundary.inspect.historyHeader", zh: "轮次|日期|结果|位移（米）|方位角（°）|说明",
                                              en: "round|date|finding|displacement (m)|bearing (°)|note")
    public static let roundsHeader = Message("boundary.inspect.roundsHeader", zh: "轮次编号|界线|第几轮|开始|结束|限差（米）|报告编号",
                                             en: "round id|line|round|from|to|tolerance (m)|report number")

    public static let paired = Message("boundary.inspect.paired", zh: "{a} 和 {b} 须同时给出", en: "{a} and {b} go together")

    public static let all: [Message] = [paired, abstract, discussion, openAbstract, recordAbstract, historyAbstract, roundsAbstract, date, finished, roundNumber,
                                        teamLeft, teamRight, document, reportNumber, tolerance, round, marker, finding, x, y, epsg, lon, lat, findingDate,
                                        note, opened, recorded, displaced, historyHeader, roundsHeader]
}
