import DimingCore

/// Messages of the county's filings (上报: 初报、续报、核报) and their approval.
public enum FilingsMessages {
    public static let actionPrepare = Message("disaster.filings.action_prepare", zh: "为灾害过程 {event} 准备上报", en: "prepare a filing of the event {event}")
    public static let actionApprove = Message("disaster.filings.action_approve", zh: "审批灾害过程 {event} 的上报 {id}",
                                              en: "approve the filing {id} of the event {event}")
    public static let onlyPreparers = Message("disaster.filings.only_preparers",
                                              zh: "只有灾情审核员、灾情审批员或管理员可以准备上报，{role} 不可以",
                                              en: "only a disaster_reviewer, a disaster_approver or an admin prepares a filing, not a {role}")
    public static let onlyApprovers = Message("disaster.filings.only_approvers", zh: "只有灾情审批员（disaster_approver）或管理员可以审批上报，{role} 不可以",
                                              en: "only a disaster_approver or an admin approves a filing, not a {role}")
    public static let fourEyes = Message("disaster.filings.four_eyes", zh: "四眼原则：不能审批自己准备的上报（准备人 {author}）",
                                         en: "four-eyes rule: nobody approves a filing they prepared (prepared by {author})")
    public static let outOfScope = Message("disaster.filings.out_of_scope", zh: "上报只能由管辖该灾害过程所属区划（{division}）的账号办理",
                                           en: "a filing is handled only by an account whose scope covers the event's division ({division})")
    public static let unknownFilingTitle = Message("disaster.filings.unknown.title", zh: "没有这份上报", en: "No such filing")
    public static let unknownFiling = Message("disaster.filings.unknown", zh: "没有编号为 {id} 的上报（或不在您的管辖范围内）",
                                              en: "there is no filing {id} (or it is outside your scope)")
    public static let decidedTitle = Message("disaster.filings.decided.title", zh: "上报已办结", en: "Filing already decided")
    public static let decided = Message("disaster.filings.decided", zh: "上报 {id} 已是“{state}”，不能再更改",
                                        en: "the filing {id} is already {state} and never changes again")
    public static let reasonRequiredTitle = Message("disaster.filings.reason_required.title", zh: "缺少退回理由", en: "Reason required")
    public static let reasonRequired = Message("disaster.filings.reason_required", zh: "退回上报时必须在 reason 中说明理由",
                                               en: "a reason is required to return a filing")
    public static let futureTitle = Message("disaster.filings.future.title", zh: "截止时间在将来", en: "As-of time in the future")
    public static let future = Message("disaster.filings.future", zh: "as_of（{value}）晚于现在：上报只能冻结已经发生的数字",
                                       en: "as_of ({value}) is later than now: a filing freezes figures that already exist")
    public static let invalidValueTitle = Message("disaster.filings.invalid_value.title", zh: "取值无效", en: "Invalid value")
    public static let invalidValue = Message("disaster.filings.invalid_value", zh: "{field} 的值 \"{value}\" 无效；可用：{allowed}",
                                             en: "\"{value}\" is not a valid {field}; use one of: {allowed}")
    // The CLI (`diming report filing …`).
    public static let filingAbstract = Message("disaster.filings.help.filing", zh: "县级上报（初报、续报、核报）：准备、列出、审批。",
                                               en: "The county's filings (initial, follow-up, final): prepare, list, approve.")
    public static let addAbstract = Message("disaster.filings.help.add", zh: "准备一份上报：冻结该时刻的灾情汇总。",
                                            en: "Prepare a filing: freeze the event's summary as of a time.")
    public static let listAbstract = Message("disaster.filings.help.list", zh: "列出一个灾害过程的上报。", en: "List an event's filings.")
    public static let approveAbstract = Message("disaster.filings.help.approve", zh: "审批（或退回）一份他人准备的上报。",
                                                en: "Approve (or return) a filing someone else prepared.")
    public static let kindHelp = Message("disaster.filings.help.kind", zh: "initial（初报）、follow_up（续报）或 final（核报）。",
                                         en: "initial (初报), follow_up (续报) or final (核报).")
    public static let asOfHelp = Message("disaster.filings.help.as_of", zh: "数字截止时间（ISO 8601，带时区；默认现在）。",
                                         en: "The time the figures stand at (ISO 8601 with offset; now by default).")
    public static let idHelp = Message("disaster.filings.help.id", zh: "上报编号。", en: "The filing's id.")
    public static let returnHelp = Message("disaster.filings.help.return", zh: "退回而不是批准（需 --reason）。",
                                           en: "Return it instead of approving (needs --reason).")
    public static let reasonHelp = Message("disaster.filings.help.reason", zh: "退回理由。", en: "Why it is returned.")
    public static let noteHelp = Message("disaster.filings.help.note", zh: "备注。", en: "A note.")
    public static let prepared = Message("disaster.filings.prepared", zh: "已准备上报 {id}（{kind}，截至 {as_of}），等待审批。",
                                         en: "Filing {id} ({kind}, as of {as_of}) prepared; waiting for an approver.")
    public static let decidedOutput = Message("disaster.filings.decided_output", zh: "上报 {id} 的状态已改为 {state}。", en: "Filing {id} is now {state}.")

    public static let all: [Message] = [
        actionPrepare, actionApprove, onlyPreparers, onlyApprovers, fourEyes, outOfScope, unknownFilingTitle, unknownFiling,
        decidedTitle, decided, reasonRequiredTitle, reasonRequired, futureTitle, future, invalidValueTitle, invalidValue,
        filingAbstract, addAbstract, listAbstract, approveAbstract, kindHelp, asOfHelp, idHelp, returnHelp, reasonHelp, noteHelp,
        prepared, decidedOutput,
    ]
}
