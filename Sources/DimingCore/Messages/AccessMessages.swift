/// The texts of ``AccessError``: accounts, tokens and what they may do.
public enum AccessMessages {
    public static let unauthenticatedTitle = Message("access.unauthenticated.title", zh: "需要身份验证", en: "Authentication required")
    public static let forbiddenTitle = Message("access.forbidden.title", zh: "无权操作", en: "Not allowed")
    public static let forbidden = Message("access.forbidden", zh: "{account} 不能{action}：{reason}", en: "{account} may not {action}: {reason}")
    public static let unknownRoleTitle = Message("access.unknownRole.title", zh: "未知角色", en: "Unknown role")
    public static let unknownRole = Message("access.unknownRole", zh: "没有名为 \"{role}\" 的角色；角色有 {roles}",
                                            en: "no role named \"{role}\"; the roles are {roles}")
    public static let invalidAccountNameTitle = Message("access.invalidAccountName.title", zh: "账号名无效", en: "Invalid account name")
    public static let invalidAccountName = Message("access.invalidAccountName", zh: "账号名 \"{name}\" 须为 1 到 64 个字母、数字或 . _ - @，且不能是 file（审计日志中其他程序的名字）",
                                                   en: "account name \"{name}\" must be 1 to 64 letters, digits or . _ - @, and not file (the audit log's name for other programs)")
    public static let invalidDivisionTitle = Message("access.invalidDivision.title", zh: "区划代码无效", en: "Invalid division")
    public static let invalidDivision = Message(
        "access.invalidDivision",
        zh: "区划代码 \"{code}\" 须为 6 位 GB/T 2260 代码，或 9 位、12 位乡级、村级代码，并以省级代码开头（11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）",
        en: "division \"{code}\" must be a 6-digit GB/T 2260 code, or a 9- or 12-digit township or village code, starting with a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)")
    public static let unknownDivisionTitle = Message("access.unknownDivision.title", zh: "未知区划", en: "Unknown division")
    public static let unknownDivision = Message(
        "access.unknownDivision",
        zh: "区划 \"{code}\" 不在 divisions 中：账号只能限定在本数据库已有的区划内",
        en: "division \"{code}\" is not in divisions: an account can only be limited to a division of this database")
    public static let scopedAdminTitle = Message("access.scopedAdmin.title", zh: "管理员面向整个数据库", en: "Admins are database-wide")
    public static let scopedAdmin = Message(
        "access.scopedAdmin",
        zh: "管理员管理整个数据库，不能限定在某个区划（{division}）；请给该账号另一个角色，或不限定区划",
        en: "an admin works on the whole database and cannot be limited to a division ({division}); give the account another role, or no division")
    public static let duplicateAccountTitle = Message("access.duplicateAccount.title", zh: "账号已存在", en: "Account exists")
    public static let duplicateAccount = Message("access.duplicateAccount", zh: "已有名为 \"{name}\" 的账号", en: "an account named \"{name}\" already exists")
    public static let unknownAccountTitle = Message("access.unknownAccount.title", zh: "未知账号", en: "Unknown account")
    public static let unknownAccount = Message("access.unknownAccount", zh: "没有名为 \"{name}\" 的账号", en: "no account named \"{name}\"")
    public static let unknownTokenTitle = Message("access.unknownToken.title", zh: "未知令牌", en: "Unknown token")
    public static let unknownToken = Message("access.unknownToken", zh: "没有编号为 {id} 的令牌", en: "no token with id {id}")

    public static let admin = Message("role.admin", zh: "管理员：设置、账号、审计日志和所有图层",
                                      en: "管理员 administrator: settings, accounts, audit log and every layer")
    public static let placenameOfficer = Message("role.placename_officer", zh: "地名管理员：地名、道路和门牌",
                                                 en: "地名管理员 place-name officer: place names, roads and house numbers")
    public static let boundaryInspector = Message("role.boundary_inspector", zh: "界线检查员：行政区划、界线和界桩、联合检查",
                                                  en: "界线检查员 boundary inspector: divisions, boundary lines and markers, joint inspections")
    public static let disasterReporter = Message("role.disaster_reporter", zh: "灾情报告员：上报灾情",
                                                 en: "灾情报告员 disaster reporter: files disaster reports")
    public static let disasterReviewer = Message("role.disaster_reviewer", zh: "灾情审核员：审核灾情报告，维护避难场所",
                                                 en: "灾情审核员 disaster reviewer: reviews disaster reports, keeps the shelters")
    public static let disasterApprover = Message("role.disaster_approver", zh: "灾情审批员（县）：审批他人准备的初报、续报、核报，审核灾情报告",
                                                 en: "灾情审批员 disaster approver (county): approves filings others prepared, reviews disaster reports")
    public static let viewer = Message("role.viewer", zh: "只读用户：只能读取", en: "只读用户 viewer: reads only")

    static let all = [admin, placenameOfficer, boundaryInspector, disasterReporter, disasterReviewer, disasterApprover, viewer, unauthenticatedTitle, forbiddenTitle, forbidden, unknownRoleTitle, unknownRole, invalidAccountNameTitle,
                      invalidAccountName, invalidDivisionTitle, invalidDivision, unknownDivisionTitle, unknownDivision,
                      scopedAdminTitle, scopedAdmin, duplicateAccountTitle, duplicateAccount, unknownAccountTitle, unknownAccount,
                      unknownTokenTitle, unknownToken] + reasons
}
