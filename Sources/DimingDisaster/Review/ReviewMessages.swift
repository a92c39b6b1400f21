import DimingCore

/// Messages of the review of reports (审核).
public enum ReviewMessages {
    public static let actionReview = Message("disaster.review.action", zh: "审核灾情速报 {id}", en: "review the disaster report {id}")
    public static let onlyReviewers = Message("disaster.review.only_reviewers", zh: "只有灾情审核员（disaster_reviewer）、灾情审批员（disaster_approver）或管理员可以审核，{role} 不可以",
                                              en: "only a disaster_reviewer, a disaster_approver or an admin reviews reports, not a {role}")
    public static let fourEyes = Message("disaster.review.four_eyes", zh: "四眼原则：不能审核自己报送的版本（报送人 {submitter}）",
                                         en: "four-eyes rule: nobody reviews a version they submitted (submitted by {submitter})")
    public static let unknownReportTitle = Message("disaster.review.unknown_report.title", zh: "没有这份灾情速报", en: "No such report")
    public static let unknownReport = Message("disaster.review.unknown_report", zh: "没有编号为 {id} 的灾情速报（或不在您的管辖范围内）",
                                              en: "there is no report {id} (or it is outside your scope)")
    public static let unknownEventTitle = Message("disaster.review.unknown_event.title", zh: "没有这个灾害过程", en: "No such event")
    public static let unknownEvent = Message("disaster.review.unknown_event", zh: "没有编号为 {id} 的灾害过程", en: "there is no event {id}")
    public static let illegalTransitionTitle = Message("disaster.review.illegal_transition.title", zh: "不能这样变更审核状态",
                                                       en: "Review state change not allowed")
    public static let illegalTransition = Message("disaster.review.illegal_transition",
                                                  zh: "版本 {id} 当前为“{from}”，不能改为“{to}”；允许：{allowed}",
                                                  en: "version {id} is {from} and cannot become {to}; allowed: {allowed}")
    public static let supersededTitle = Message("disaster.review.superseded.title", zh: "已被更正的版本", en: "Superseded version")
    public static let superseded = Message("disaster.review.superseded", zh: "版本 {id} 已被更正，请审核当前版本 {current}",
                                           en: "version {id} has been corrected: review the current version {current}")
    public static let noteRequiredTitle = Message("disaster.review.note_required.title", zh: "缺少说明", en: "Note required")
    public static let noteRequired = Message("disaster.review.note_required", zh: "改为“{state}”时必须在 note 中说明理由",
                                             en: "a note giving the reason is required to set {state}")
    public static let invalidValueTitle = Message("disaster.review.invalid_value.title", zh: "取值无效", en: "Invalid value")
    public static let invalidValue = Message("disaster.review.invalid_value", zh: "{field} 的值 \"{value}\" 无效；可用：{allowed}",
                                             en: "\"{value}\" is not a valid {field}; use one of: {allowed}")

    public static let all: [Message] = [
        actionReview, onlyReviewers, fourEyes, unknownReportTitle, unknownReport, unknownEventTitle, unknownEvent,
        illegalTransitionTitle, illegalTransition, supersededTitle, superseded, noteRequiredTitle, noteRequired,
        invalidValueTitle, invalidValue,
    ]
}
