import DimingCore

/// The texts of ``GazetteerError`` and the gazetteer's own words, in Chinese and English.
public enum GazetteerMessages {
    public static let unknownPlaceTitle = Message("gazetteer.unknownPlace.title", zh: "没有该地名", en: "No such place")
    public static let unknownPlace = Message("gazetteer.unknownPlace", zh: "没有编号为 {id} 的地名", en: "no place has the id {id}")
    public static let illegalTransitionTitle = Message("gazetteer.illegalTransition.title", zh: "地名状态不允许此操作", en: "Not allowed in this status")
    public static let illegalTransition = Message(
        "gazetteer.illegalTransition", zh: "地名 {id} 当前状态为 {status}，不能{action}",
        en: "place {id} is {status}: it cannot be {action}")
    public static let missingFieldTitle = Message("gazetteer.missingField.title", zh: "缺少必填项", en: "Missing field")
    public static let missingField = Message("gazetteer.missingField", zh: "{field}：{action}需要填写此项", en: "{field}: required when a place is {action}")
    public static let invalidDateTitle = Message("gazetteer.invalidDate.title", zh: "日期格式错误", en: "Invalid date")
    public static let invalidDate = Message("gazetteer.invalidDate", zh: "{field}：“{value}” 不是 YYYY-MM-DD 格式的日期",
                                            en: "{field}: \"{value}\" is not a date of the form YYYY-MM-DD")
    public static let divisionMismatchTitle = Message("gazetteer.divisionMismatch.title", zh: "政区与位置不符", en: "Division contradicts the geometry")
    public static let divisionMismatch = Message(
        "gazetteer.divisionMismatch", zh: "division：给出的政区 {given} 与几何位置所在政区 {derived} 不符",
        en: "division: the given division {given} contradicts the geometry, which lies in {derived}")
    public static let unknownDivisionTitle = Message("gazetteer.unknownDivision.title", zh: "没有该政区", en: "No such division")
    public static let unknownDivision = Message("gazetteer.unknownDivision", zh: "division：没有代码为 {code} 的政区",
                                                en: "division: no division has the code {code}")
    public static let namingRejectedTitle = Message("gazetteer.namingRejected.title", zh: "地名不符合命名规则", en: "Name refused by the naming rules")
    public static let namingRejected = Message("gazetteer.namingRejected", zh: "name：“{name}” 未通过命名检查：{findings}",
                                               en: "name: \"{name}\" fails the naming checks: {findings}")
    public static let reservedTitle = Message("gazetteer.reserved.title", zh: "规划预留地名", en: "Reserved name")
    public static let reserved = Message("gazetteer.reserved", zh: "地名 {id}（{name}）为地名方案规划预留名称，尚未批准，不能公告或用于标志、门牌",
                                         en: "place {id} ({name}) is a reserved name of the naming plan, not approved: it cannot be announced nor put on a sign or plate")
    public static let notApprovedTitle = Message("gazetteer.notApproved.title", zh: "地名尚未批准", en: "Name not approved")
    public static let notApproved = Message("gazetteer.notApproved", zh: "地名 {id} 当前状态为 {status}，没有可公告的标准名称",
                                            en: "place {id} is {status}: it has no standard name to announce")
    public static let sameNameTitle = Message("gazetteer.sameName.title", zh: "名称未改变", en: "Name unchanged")
    public static let sameName = Message("gazetteer.sameName", zh: "name：地名 {id} 的标准名称已是 {name}", en: "name: place {id} is already called {name}")
    public static let uncoveredChildrenTitle = Message("gazetteer.uncoveredChildren.title", zh: "有下级地名无处归属", en: "Children left without a parent")
    public static let uncoveredChildren = Message(
        "gazetteer.uncoveredChildren", zh: "into：新地名的范围不包含下级地名 {children}，拆分后它们会指向已销名的记录",
        en: "into: no new place's shape covers the children {children}; they would point at a retired record")
    public static let needsShapeTitle = Message("gazetteer.needsShape.title", zh: "需要面状范围", en: "Shape needed")
    public static let needsShape = Message("gazetteer.needsShape", zh: "into：第 {number} 个新地名没有面状范围，无法判断下级地名的归属",
                                           en: "into: new place {number} has no polygon, so its children cannot be placed")
    public static let tooFewTitle = Message("gazetteer.tooFew.title", zh: "数量不足", en: "Too few places")
    public static let tooFew = Message("gazetteer.tooFew", zh: "{field}：{action}至少需要 {count} 个地名", en: "{field}: at least {count} places are needed when places are {action}")
    public static let invalidGeometryTitle = Message("gazetteer.invalidGeometry.title", zh: "几何无效", en: "Invalid geometry")
    public static let invalidGeometry = Message("gazetteer.invalidGeometry", zh: "geometry：{reason}", en: "geometry: {reason}")
    public static let invalidValueTitle = Message("gazetteer.invalidValue.title", zh: "取值无效", en: "Invalid value")
    public static let invalidValue = Message("gazetteer.invalidValue", zh: "{field}：“{value}” 无效，可用：{allowed}",
                                             en: "{field}: \"{value}\" is not valid; use one of {allowed}")
    public static let noGeometry = Message("gazetteer.noGeometry", zh: "第 {number} 个要素没有几何", en: "feature {number} has no geometry")
    public static let retiredParentTitle = Message("gazetteer.retiredParent.title", zh: "上级地名已失效", en: "Parent has ended")
    public static let retiredParent = Message("gazetteer.retiredParent", zh: "parent：上级地名 {id} 当前状态为 {status}，不能再作为上级",
                                              en: "parent: place {id} is {status} and can no longer be a parent")
    public static let dateBeforeNameTitle = Message("gazetteer.dateBeforeName.title", zh: "日期早于现名称", en: "Date before the current name")
    public static let dateBeforeName = Message("gazetteer.dateBeforeName", zh: "date：{date} 早于现标准名称的启用日期 {validFrom}",
                                               en: "date: {date} is before the current standard name took effect on {validFrom}")
    public static let unknownAddressTitle = Message("gazetteer.unknownAddress.title", zh: "没有该门牌", en: "No such address")
    public static let unknownAddress = Message("gazetteer.unknownAddress", zh: "没有编号为 {id} 的门牌", en: "no address has the id {id}")
    public static let addressHistoricalTitle = Message("gazetteer.addressHistorical.title", zh: "门牌已销号", en: "Address already historical")
    public static let addressHistorical = Message("gazetteer.addressHistorical", zh: "门牌 {id}（{label}）已销号，成为历史门牌，不能再次销号",
                                                  en: "address {id} ({label}) is already historical: it cannot be retired again")
    public static let addressInUseTitle = Message("gazetteer.addressInUse.title", zh: "门牌号正在使用", en: "House number in use")
    public static let addressInUse = Message("gazetteer.addressInUse", zh: "门牌 {id} 正在使用 {label}，只有已销号的门牌号才能经决定重新启用",
                                             en: "address {id} is using {label}: only the number of a historical address can be reused by a decision")

    /// The verbs of the workflow, as the refusals name them.
    public static let actions: [String: Message] = [
        "propose": Message("gazetteer.action.propose", zh: "申报", en: "proposed"),
        "review": Message("gazetteer.action.review", zh: "送审", en: "sent to review"),
        "approve": Message("gazetteer.action.approve", zh: "批准", en: "approved"),
        "announce": Message("gazetteer.action.announce", zh: "公告", en: "announced"),
        "reject": Message("gazetteer.action.reject", zh: "驳回", en: "rejected"),
        "rename": Message("gazetteer.action.rename", zh: "更名", en: "renamed"),
        "retire": Message("gazetteer.action.retire", zh: "销名", en: "retired"),
        "deprecate": Message("gazetteer.action.deprecate", zh: "标记为错误", en: "marked erroneous"),
        "split": Message("gazetteer.action.split", zh: "拆分", en: "split"),
        "merge": Message("gazetteer.action.merge", zh: "合并", en: "merged"),
        "retireAddress": Message("gazetteer.action.retireAddress", zh: "门牌销号", en: "retired (a house number)"),
        "reuseAddress": Message("gazetteer.action.reuseAddress", zh: "重新启用门牌号", en: "reused (a house number)"),
    ]

    /// The statuses in words.
    public static let statuses: [PlaceStatus: Message] = [
        .proposed: Message("gazetteer.status.proposed", zh: "申报中", en: "proposed"),
        .underReview: Message("gazetteer.status.under_review", zh: "审核中", en: "under review"),
        .approved: Message("gazetteer.status.approved", zh: "已批准", en: "approved"),
        .announced: Message("gazetteer.status.announced", zh: "已公告", en: "announced"),
        .historical: Message("gazetteer.status.historical", zh: "已销名", en: "historical"),
        .rejected: Message("gazetteer.status.rejected", zh: "未批准", en: "rejected"),
        .erroneous: Message("gazetteer.status.erroneous", zh: "错误记录", en: "erroneous"),
        .reserved: Message("gazetteer.status.reserved", zh: "规划预留", en: "reserved"),
    ]

    public static let all = [unknownPlaceTitle, unknownPlace, illegalTransitionTitle, illegalTransition, missingFieldTitle, missingField,
                      invalidDateTitle, invalidDate, divisionMismatchTitle, divisionMismatch, unknownDivisionTitle, unknownDivision,
                      namingRejectedTitle, namingRejected, reservedTitle, reserved, notApprovedTitle, notApproved, sameNameTitle, sameName,
                      uncoveredChildrenTitle, uncoveredChildren, needsShapeTitle, needsShape, tooFewTitle, tooFew,
                      invalidGeometryTitle, invalidGeometry, invalidValueTitle, invalidValue, noGeometry, retiredParentTitle, retiredParent, dateBeforeNameTitle, dateBeforeName,
                      unknownAddressTitle, unknownAddress, addressHistoricalTitle, addressHistorical, addressInUseTitle, addressInUse]
        + Array(actions.values) + Array(statuses.values)
}

extension PlaceStatus {
    /// The status in words of `language` (`审核中`, `under review`).
    public func words(in language: Language) -> String {
        GazetteerMessages.statuses[self]?.text(language) ?? rawValue
    }
}
