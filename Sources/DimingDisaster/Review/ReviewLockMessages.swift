import DimingCore

/// Messages of the review locks (审核锁).
public enum ReviewLockMessages {
    public static let actionLock = Message("disaster.lock.action", zh: "锁定灾情速报 {id} 以便审核", en: "lock the disaster report {id} for review")
    public static let onlyReviewers = Message("disaster.lock.only_reviewers",
                                              zh: "只有灾情审核员、灾情审批员或管理员可以锁定或解除审核锁，{role} 不可以",
                                              en: "only a disaster_reviewer, a disaster_approver or an admin locks or unlocks a report for review, not a {role}")
    public static let lockedTitle = Message("disaster.lock.locked.title", zh: "正在被他人审核", en: "Locked by another reviewer")
    public static let locked = Message("disaster.lock.locked",
                                       zh: "灾情速报 {id} 正由 {holder} 审核（锁定至 {expires}）；请等待、或由审核员/审批员解除该锁",
                                       en: "the report {id} is being reviewed by {holder} (locked until {expires}); wait, or have a reviewer or approver break the lock")
    public static let notLockedTitle = Message("disaster.lock.not_locked.title", zh: "没有审核锁", en: "Not locked")
    public static let notLocked = Message("disaster.lock.not_locked", zh: "灾情速报 {id} 当前没有有效的审核锁", en: "the report {id} has no live review lock")

    public static let all: [Message] = [actionLock, onlyReviewers, lockedTitle, locked, notLockedTitle, notLocked]
}
