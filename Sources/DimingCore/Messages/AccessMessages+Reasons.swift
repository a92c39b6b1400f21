/// Why a request is not authenticated or not allowed: the reasons inside ``AccessError`` details.
extension AccessMessages {
    public static let bearerHeader = Message("access.reason.bearerHeader", zh: "Authorization 请求头必须是 \"Bearer <token>\"",
                                             en: "the Authorization header must be \"Bearer <token>\"")
    public static let editNeedsToken = Message("access.reason.editNeedsToken", zh: "编辑 {layer} 需要 API 令牌：请发送 Authorization: Bearer <token>",
                                               en: "editing {layer} needs an API token: send Authorization: Bearer <token>")
    public static let actionNeedsToken = Message("access.reason.actionNeedsToken", zh: "{action} 需要 API 令牌：请发送 Authorization: Bearer <token>",
                                                 en: "{action} needs an API token: send Authorization: Bearer <token>")
    public static let attachNeedsToken = Message("access.reason.attachNeedsToken", zh: "附加文件需要 API 令牌：请发送 Authorization: Bearer <token>",
                                                 en: "attaching a file needs an API token: send Authorization: Bearer <token>")
    public static let tokenRevoked = Message("access.reason.tokenRevoked", zh: "该令牌已被吊销", en: "the token has been revoked")
    public static let tokenUnknown = Message("access.reason.tokenUnknown", zh: "该令牌未知", en: "the token is not known")
    public static let onlyAdmin = Message("access.reason.onlyAdmin", zh: "只有管理员可以这样做", en: "only an admin may")
    public static let onlyWholeAdmin = Message("access.reason.onlyWholeAdmin", zh: "只有全库的管理员可以这样做；此账号限于 {division}",
                                               en: "only an admin of the whole database may; this one is limited to {division}")
    public static let roleDoesNotEdit = Message("access.reason.roleDoesNotEdit", zh: "角色 {role} 不编辑 {layer}", en: "role {role} does not edit {layer}")
    public static let limitedTo = Message("access.reason.limitedTo", zh: "该账号限于区划 {scope}", en: "the account is limited to division {scope}")

    public static let actionRead = Message("access.action.read", zh: "读取数据", en: "read")
    public static let actionChangeSettings = Message("access.action.changeSettings", zh: "修改设置", en: "change settings")
    public static let actionReadAudit = Message("access.action.readAudit", zh: "查看审计日志", en: "read the audit log")
    public static let actionEdit = Message("access.action.edit", zh: "编辑 {layer}", en: "edit {layer}")
    public static let actionEditIn = Message("access.action.editIn", zh: "编辑 {code} 内的 {layer}", en: "edit {layer} in {code}")

    static let reasons = [actionRead, actionChangeSettings, actionReadAudit, actionEdit, actionEditIn, bearerHeader, editNeedsToken, actionNeedsToken, attachNeedsToken, tokenRevoked, tokenUnknown, onlyAdmin,
                          onlyWholeAdmin, roleDoesNotEdit, limitedTo]
}
