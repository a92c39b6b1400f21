import DimingCore

/// Messages of the deadlines: the CLI's words.
public enum DeadlinesMessages {
    public static let dueAbstract = Message("disaster.deadlines.cli.abstract", zh: "报送时限：初报、续报（零报告）、核报是否按时，是否须越级上报。",
                                            en: "Reporting deadlines: initial, follow-up (zero) and verified reports, met or overdue, and escalation.")
    public static let eventHelp = Message("disaster.deadlines.cli.event", zh: "灾害过程编号（默认所有未结束的过程）。",
                                          en: "The event's id (default: every event not closed).")
    public static let nowHelp = Message("disaster.deadlines.cli.now", zh: "按此时间计算（默认现在），ISO 8601 带时区偏移。",
                                        en: "Compute at this time (default now): ISO 8601 with an offset.")
    public static let header = Message("disaster.deadlines.cli.header", zh: "过程|报告|截止时间|报送时间|状态", en: "Event|Report|Due|Met at|Status")
    public static let escalate = Message("disaster.deadlines.cli.escalate",
                                         zh: "过程 {event}：死亡失踪 {count} 人{collapse}，须同时报省和应急管理部，截止 {due}。",
                                         en: "Event {event}: {count} dead and missing{collapse}; report to the province and MEM at the same time by {due}.")
    public static let massCollapse = Message("disaster.deadlines.cli.mass_collapse", zh: "，大范围房屋倒塌", en: ", mass house collapse")

    public static let yearsWithoutHolidays = Message("disaster.deadlines.cli.years_without_holidays",
                                                     zh: "过程 {event}：核报截止 {due} 按周一至周五计算工作日，{years} 年的节假日安排尚未载入。",
                                                     en: "Event {event}: the verified report's due date {due} counts Monday–Friday as working days; the holidays of {years} are not loaded.")
    public static let yearSeparator = Message("disaster.deadlines.cli.year_separator", zh: "、", en: ", ")

    public static let all: [Message] = [dueAbstract, eventHelp, nowHelp, header, escalate, massCollapse, yearsWithoutHolidays, yearSeparator]
}
