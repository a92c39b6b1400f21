/// The texts of ``EditError``: single-feature edits.
public enum EditMessages {
    public static let preconditionRequiredTitle = Message("edit.preconditionRequired.title", zh: "需要 If-Match", en: "If-Match required")
    public static let preconditionRequired = Message(
        "edit.preconditionRequired",
        zh: "修改必须说明改的是哪个版本：请带上 If-Match，其值为 GET 该要素所得的 ETag",
        en: "a change must say which version it changes: send If-Match with the ETag of a GET of the feature")
    public static let preconditionFailedTitle = Message("edit.preconditionFailed.title", zh: "要素已被修改", en: "The feature has changed")
    public static let preconditionFailed = Message(
        "edit.preconditionFailed",
        zh: "读取之后已有人修改了该要素，其当前 ETag 为 \"{etag}\"：请重新读取后再修改",
        en: "someone changed the feature since it was read; its current ETag is \"{etag}\": read it again and redo the change")
    public static let conflictingCreateTitle = Message("edit.conflictingCreate.title", zh: "要素已存在", en: "The feature exists")
    public static let conflictingCreate = Message(
        "edit.conflictingCreate",
        zh: "{layer} 已有内容不同的要素 {id}；请用 PUT 或 PATCH 并带 If-Match 修改它",
        en: "{layer} already has a feature {id} with other content; change it with PUT or PATCH and If-Match")
    public static let invalidIDTitle = Message("edit.invalidID.title", zh: "要素编号无效", en: "Invalid feature id")
    public static let refusedByRuleTitle = Message("edit.refusedByRule.title", zh: "违反数据库规则", en: "Refused by a rule of the database")
    public static let stillReferencedTitle = Message("edit.stillReferenced.title", zh: "要素仍被引用", en: "The feature is referenced")
    public static let stillReferenced = Message(
        "edit.stillReferenced",
        zh: "{layer} {id} 仍被其他要素引用（道路上的门牌、区划内的要素）；请先修改或删除那些要素",
        en: "{layer} {id} is still referenced by other features (house numbers on a road, features in a division); change or delete those first")

    static let all = [preconditionRequiredTitle, preconditionRequired, preconditionFailedTitle, preconditionFailed,
                      conflictingCreateTitle, conflictingCreate, invalidIDTitle, stillReferencedTitle, stillReferenced, refusedByRuleTitle] + reasons
}
