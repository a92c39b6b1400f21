import DimingCore

/// Messages of the events area (灾害过程): its refusals and the CLI's words.
public enum EventsMessages {
    public static let unknownEventTitle = Message("disaster.events.unknown_event.title", zh: "没有该灾害过程", en: "Unknown disaster event")
    public static let unknownEvent = Message("disaster.events.unknown_event", zh: "没有编号为 {id} 的灾害过程。", en: "There is no disaster event {id}.")
    public static let missingFieldTitle = Message("disaster.events.missing_field.title", zh: "缺少必填项", en: "Missing field")
    public static let missingField = Message("disaster.events.missing_field", zh: "缺少必填项 {field}。", en: "The field {field} is required.")
    public static let unknownHazardTitle = Message("disaster.events.unknown_hazard.title", zh: "未知灾种", en: "Unknown hazard")
    public static let unknownHazard = Message("disaster.events.unknown_hazard", zh: "灾种“{hazard}”不在国家统计制度的灾种表中；可选：{allowed}。",
                                              en: "The hazard “{hazard}” is not on the national list; one of: {allowed}.")
    public static let unknownSubtypeTitle = Message("disaster.events.unknown_subtype.title", zh: "未知灾害子类", en: "Unknown hazard sub-type")
    public static let unknownSubtype = Message("disaster.events.unknown_subtype", zh: "“{subtype}”不是{hazard}的子类；可选：{allowed}。",
                                               en: "“{subtype}” is not a sub-type of {hazard}; one of: {allowed}.")
    public static let invalidTimeTitle = Message("disaster.events.invalid_time.title", zh: "时间格式不对", en: "Invalid time")
    public static let invalidTime = Message("disaster.events.invalid_time", zh: "{field} 须为带时区偏移的 ISO 8601 时间（如 2025-07-10T03:00+08:00），收到“{value}”。",
                                            en: "{field} must be an ISO 8601 time with an offset (e.g. 2025-07-10T03:00+08:00), got “{value}”.")
    public static let unknownDivisionTitle = Message("disaster.events.unknown_division.title", zh: "没有该行政区划", en: "Unknown division")
    public static let unknownDivision = Message("disaster.events.unknown_division", zh: "行政区划图层中没有代码为 {code} 的区划。",
                                                en: "The divisions layer has no division with the code {code}.")
    public static let invalidStatusTitle = Message("disaster.events.invalid_status.title", zh: "未知状态", en: "Unknown status")
    public static let invalidStatus = Message("disaster.events.invalid_status", zh: "状态“{status}”无效；可选：active、stabilised、closed。",
                                              en: "The status “{status}” is not one of active, stabilised, closed.")
    public static let statusChangeTitle = Message("disaster.events.status_change.title", zh: "状态不能这样变更", en: "Status change not allowed")
    public static let statusChange = Message("disaster.events.status_change", zh: "灾害过程只能按 发生→稳定→结束 的顺序变更，不能从 {from} 变为 {to}。",
                                             en: "An event goes active → stabilised → closed; it cannot go from {from} to {to}.")
    public static let changeBeforeStartTitle = Message("disaster.events.change_before_start.title", zh: "时间早于开始时间", en: "Time before the start")
    public static let changeBeforeStart = Message("disaster.events.change_before_start", zh: "{field} 不能早于灾害开始时间 {start} 或上一次状态变更。",
                                                  en: "{field} cannot be before the event's start {start} or its last status change.")
    public static let invalidValueTitle = Message("disaster.events.invalid_value.title", zh: "取值无效", en: "Invalid value")
    public static let invalidValue = Message("disaster.events.invalid_value", zh: "{field} 的值“{value}”无效。", en: "The value “{value}” of {field} is not valid.")

    // CLI
    public static let addAbstract = Message("disaster.events.cli.add", zh: "登记灾害过程；标准输出最后一行只有新过程的编号。",
                                            en: "Open a disaster event; the last line of stdout is the new event's id alone.")
    public static let listAbstract = Message("disaster.events.cli.list", zh: "列出灾害过程。", en: "List the disaster events.")
    public static let showAbstract = Message("disaster.events.cli.show", zh: "查看一个灾害过程及其状态变更。", en: "Show a disaster event and its status changes.")
    public static let statusAbstract = Message("disaster.events.cli.status", zh: "变更灾害过程状态（active → stabilised → closed）。",
                                               en: "Change an event's status (active → stabilised → closed).")
    public static let hazardHelp = Message("disaster.events.cli.hazard", zh: "灾种代码，如 flood、drought、typhoon、geological。",
                                           en: "The hazard code, e.g. flood, drought, typhoon, geological.")
    public static let subtypeHelp = Message("disaster.events.cli.subtype", zh: "灾害子类代码，如 rainstorm、landslide。",
                                            en: "The sub-type code, e.g. rainstorm, landslide.")
    public static let nameHelp = Message("disaster.events.cli.name", zh: "灾害过程名称，如“2025-07-10 暴雨洪涝”。",
                                         en: "The event's name, e.g. “2025-07-10 暴雨洪涝”.")
    public static let startHelp = Message("disaster.events.cli.start", zh: "开始时间，ISO 8601 带时区偏移。",
                                          en: "When it started: ISO 8601 with an offset.")
    public static let divisionHelp = Message("disaster.events.cli.division", zh: "受灾区划代码（县或乡镇），可重复；第一个为报送单位。",
                                             en: "An affected division's code (county or township), repeatable; the first files the reports.")
    public static let profileHelp = Message("disaster.events.cli.profile", zh: "报送时限方案：working-2（核报 2 个工作日，默认）或 calendar-5（5 个自然日）。",
                                            en: "Deadline profile: working-2 (核报 in 2 working days, the default) or calendar-5 (5 calendar days).")
    public static let massCollapseHelp = Message("disaster.events.cli.mass_collapse", zh: "发生大范围房屋倒塌（须同时报省和应急管理部）。",
                                                 en: "Mass house collapse (report to the province and MEM at the same time).")
    public static let noteHelp = Message("disaster.events.cli.note", zh: "说明。", en: "A note.")
    public static let eventHelp = Message("disaster.events.cli.event", zh: "灾害过程编号。", en: "The event's id.")
    public static let newStatusHelp = Message("disaster.events.cli.new_status", zh: "新状态：stabilised 或 closed。", en: "The new status: stabilised or closed.")
    public static let atHelp = Message("disaster.events.cli.at", zh: "变更时间（默认现在），ISO 8601 带时区偏移。",
                                       en: "When it changed (default now): ISO 8601 with an offset.")
    public static let formatHelp = Message("disaster.events.cli.format", zh: "输出格式：text、json 或 csv。", en: "Output format: text, json or csv.")
    public static let listHeader = Message("disaster.events.cli.list_header", zh: "编号|灾种|名称|开始时间|区划|状态",
                                           en: "Id|Hazard|Name|Started|Division|Status")
    public static let changesHeader = Message("disaster.events.cli.changes_header", zh: "状态|时间|操作人|说明", en: "Status|At|By|Note")

    public static let all: [Message] = [
        unknownEventTitle, unknownEvent, missingFieldTitle, missingField, unknownHazardTitle, unknownHazard, unknownSubtypeTitle,
        unknownSubtype, invalidTimeTitle, invalidTime, unknownDivisionTitle, unknownDivision, invalidStatusTitle, invalidStatus,
        statusChangeTitle, statusChange, changeBeforeStartTitle, changeBeforeStart, invalidValueTitle, invalidValue,
        addAbstract, listAbstract, showAbstract, statusAbstract, hazardHelp, subtypeHelp, nameHelp, startHelp, divisionHelp,
        profileHelp, massCollapseHelp, noteHelp, eventHelp, newStatusHelp, atHelp, formatHelp, listHeader, changesHeader,
    ]
}
