import DimingCore

/// Messages shared by the module's areas (each area has its own `<Area>Messages` too).
public enum DisasterMessages {
    public static let eventCommandAbstract = Message("disaster.command.event.abstract", zh: "灾害过程：登记、查看与状态变更。",
                                                     en: "Disaster events: open, list, show and change their status.")
    public static let reportCommandAbstract = Message("disaster.command.report.abstract",
                                                      zh: "灾情速报：提交、审核、汇总、报送时限与导出。",
                                                      en: "Rapid disaster reports: submit, review, summarise, deadlines and export.")
    public static let writeThroughReports = Message("disaster.layer.write_through_reports",
                                                    zh: "灾情速报只能通过 POST /reports 或 diming report submit 提交（保留版本与审核记录）。",
                                                    en: "Disaster reports are filed through POST /reports or diming report submit (which keep versions and reviews).")

    public static let all: [Message] = [eventCommandAbstract, reportCommandAbstract, writeThroughReports]
}
