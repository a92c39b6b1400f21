import DimingCore

/// What the submission path says: refusals of a report's fields, the idempotency answers.
public enum ReportsMessages {
    typealias M = Message
    // Titles
    static let invalidTitle = M("disaster.reports.invalid.title", zh: "灾情报告有误", en: "Invalid disaster report")
    static let conflictTitle = M("disaster.reports.conflict.title", zh: "同一编号、内容不同", en: "Same id, different content")
    static let outOfDateTitle = M("disaster.reports.out_of_date.title", zh: "更正的不是当前版本", en: "Correction of an out-of-date version")
    static let unknownReportTitle = M("disaster.reports.unknown.title", zh: "没有该灾情报告", en: "Unknown disaster report")
    // Details
    static let issues = M("disaster.reports.issues", zh: "报告有 {count} 处错误：{issues}", en: "The report has {count} error(s): {issues}")
    static let conflict = M("disaster.reports.conflict", zh: "报告 {id} 已以不同内容提交，未作任何更改；如需更正，请用新编号并在 replaces 中填写 {id}",
                            en: "report {id} was already filed with other content; nothing was changed. To correct it, send a new id with replaces = {id}")
    static let outOfDate = M("disaster.reports.out_of_date", zh: "版本 {id} 已被更正（当前版本为 {current}），请基于当前版本更正",
                             en: "version {id} has been corrected already (the current version is {current}): correct the current one")
    static let unknownReport = M("disaster.reports.unknown", zh: "没有编号为 {id} 的灾情报告", en: "no disaster report has the id {id}")
    // Field reasons
    static let notJSON = M("disaster.reports.not_json", zh: "请求体不是有效的 JSON", en: "the body is not valid JSON")
    static let notFeature = M("disaster.reports.not_feature", zh: "报告须为 GeoJSON Feature 对象", en: "a report is a GeoJSON Feature object")
    static let unknownMember = M("disaster.reports.unknown_member", zh: "未知字段 {field}", en: "unknown field {field}")
    static let required = M("disaster.reports.required", zh: "缺少必填字段 {field}", en: "{field} is required")
    static let notUUID = M("disaster.reports.not_uuid", zh: "{field} 须为客户端生成的 UUID", en: "{field} must be the client's UUID")
    static let notText = M("disaster.reports.not_text", zh: "{field} 须为文字", en: "{field} must be a string")
    static let notPoint = M("disaster.reports.not_point", zh: "geometry 须为 Point，坐标为 [经度, 纬度]", en: "geometry must be a Point with coordinates [lon, lat]")
    static let outOfRange = M("disaster.reports.out_of_range", zh: "坐标 ({lon}, {lat}) 超出范围：经度须在 -180 至 180，纬度须在 -90 至 90",
                              en: "coordinates ({lon}, {lat}) out of range: longitude -180…180, latitude -90…90")
    static let swapped = M("disaster.reports.swapped", zh: "坐标疑似经纬度颠倒：({lon}, {lat}) 超出范围或不在辖区内，({lat}, {lon}) 才合理；请按 [经度, 纬度] 发送",
                           en: "coordinates look swapped: ({lon}, {lat}) is out of range or outside the jurisdiction, ({lat}, {lon}) is not; send [lon, lat]")
    static let zeroPoint = M("disaster.reports.zero_point", zh: "坐标为 (0, 0)：通常表示未定位，请确认位置后再报",
                             en: "coordinates (0, 0) usually mean no fix: confirm the location and send again")
    static let observedAt = M("disaster.reports.observed_at", zh: "observed_at 须为带时区的 ISO 8601 时间，如 2025-07-10T08:30:00+08:00",
                              en: "observed_at must be ISO 8601 with an offset, e.g. 2025-07-10T08:30:00+08:00")
    static let crs = M("disaster.reports.crs", zh: "crs 须为 WGS84、CGCS2000、GCJ-02（高德、腾讯地图）或 BD-09（百度地图）",
                       en: "crs must be WGS84, CGCS2000, GCJ-02 (AMap, Tencent maps) or BD-09 (Baidu maps)")
    static let locationSource = M("disaster.reports.location_source", zh: "location_source 须为 gps、map 或 typed", en: "location_source must be gps, map or typed")
    static let notDecimal = M("disaster.reports.not_decimal", zh: "{field} 须为非负十进制数", en: "{field} must be a non-negative decimal number")
    static let notWhole = M("disaster.reports.not_whole", zh: "{field} 须为非负整数", en: "{field} must be a non-negative whole number")
    static let tooPrecise = M("disaster.reports.too_precise", zh: "{field} 最多 {digits} 位小数", en: "{field} has more than {digits} decimals")
    static let bothUnits = M("disaster.reports.both_units", zh: "{field} 与 {alias} 只能填一个", en: "give {field} or {alias}, not both")
    static let notPhotoList = M("disaster.reports.photos", zh: "photos 须为不重复的文件名数组", en: "photos must be an array of distinct file names")
    static let notAtMost = M("disaster.reports.not_at_most", zh: "{field}（{value}）不得大于 {other}（{limit}）", en: "{field} ({value}) may not exceed {other} ({limit})")
    static let relocatedSplit = M("disaster.reports.relocated_split", zh: "集中安置 {concentrated} + 分散安置 {dispersed} 不等于紧急转移安置 {relocated}",
                                  en: "concentrated {concentrated} + dispersed {dispersed} is not relocated {relocated}")
    static let fewerRooms = M("disaster.reports.fewer_rooms", zh: "{field} {rooms} 间少于 {households} 户（每户至少一间）",
                              en: "{field}: {rooms} rooms for {households} households (a household has at least one room)")
    static let zeroTogether = M("disaster.reports.zero_together", zh: "{field}：户数与间数须同为 0 或同不为 0",
                                en: "{field}: households and rooms are zero together or not at all")
    static let jump = M("disaster.reports.jump", zh: "与被更正的版本相比，{field} 由 {old} 变为 {new}（减少或增加超过 50%），须在 note 中说明原因",
                        en: "{field} went from {old} to {new} against the version corrected (a fall or a rise over 50 %): explain it in note")
    static let unknownEvent = M("disaster.reports.unknown_event", zh: "灾害过程 {event} 不存在", en: "no disaster event {event}")
    static let closedEvent = M("disaster.reports.closed_event", zh: "灾害过程 {event} 已结束，不再接收报告", en: "disaster event {event} is closed")
    static let unknownReplaces = M("disaster.reports.unknown_replaces", zh: "要更正的版本 {id} 不存在", en: "no version {id} to correct")
    static let otherEvent = M("disaster.reports.other_event", zh: "更正须与被更正的版本属于同一灾害过程 {event}",
                              en: "a correction belongs to the event of the version it corrects ({event})")
    static let replacesItself = M("disaster.reports.replaces_itself", zh: "报告不能更正自身", en: "a report cannot replace itself")

    public static let multipart = Message("disaster.reports.multipart", zh: "multipart/form-data 请求须有名为 report 的部分（报告 Feature），照片为文件部分",
                                    en: "a multipart/form-data report needs a part named report (the Feature); photos are file parts")

    public static let all: [Message] = [multipart, 
        invalidTitle, conflictTitle, outOfDateTitle, unknownReportTitle, issues, conflict, outOfDate, unknownReport,
        notJSON, notFeature, unknownMember, required, notUUID, notText, notPoint, outOfRange, swapped, zeroPoint, observedAt,
        crs, locationSource, notDecimal, notWhole, tooPrecise, bothUnits, notPhotoList, notAtMost, relocatedSplit, fewerRooms,
        zeroTogether, jump, unknownEvent, closedEvent, unknownReplaces, otherEvent, replacesItself,
    ]
}
