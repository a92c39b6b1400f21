import DimingCore

/// The help and output texts of `diming address …`, in Chinese and English.
public enum AddressMessages {
    public static let abstract = Message("help.address", zh: "门牌的生命周期：销号（建筑拆除后门牌成为历史门牌）和经决定重新启用门牌号。",
                                         en: "The life of house numbers: retire one whose building is gone, and reuse its number by decision.")
    public static let discussion = Message(
        "help.address.discussion",
        zh: "销号的门牌保留编号，永不再用；同一道路、门牌号和附号只有经 diming address reuse 的决定才能给新门牌（新编号），任何写入方式（导入、OGC API、QGIS）否则都被拒绝。每一步都记录审计日志。",
        en: "A retired address keeps its id, never given again; its road, number and suffix go to a new address (a new id) only by the decision of diming address reuse, and any other writer (import, OGC API, QGIS) is refused. Each step records an audit entry.")
    public static let retireAbstract = Message("help.address.retire", zh: "销号：建筑已拆除，门牌成为历史门牌，编号保留。",
                                               en: "Retire: the building is gone; the address becomes historical and keeps its id.")
    public static let reuseAbstract = Message("help.address.reuse", zh: "重新启用：按决定把历史门牌的门牌号给新建筑（新编号）。",
                                              en: "Reuse: by decision, give a historical address's number to a new building (a new id).")
    public static let id = Message("help.address.id", zh: "门牌编号。", en: "The address's id.")
    public static let historicalID = Message("help.address.historicalID", zh: "历史门牌的编号。", en: "The id of the historical address.")
    public static let siteText = Message("help.address.siteText", zh: "历史门牌的标注文字（默认“原解放路12号地块”的形式）。",
                                         en: "The label of the historical address (default of the form 原解放路12号地块, \"site of …\").")
    public static let reason = Message("help.address.reason", zh: "理由或决定文号。", en: "The reason or the decision's document number.")
    public static let retired = Message("address.retired", zh: "门牌 {id}（{label}）已销号：{site}", en: "address {id} ({label}) retired: {site}")
    public static let reused = Message("address.reused", zh: "新门牌 {id}（{label}）重新启用历史门牌 {old} 的门牌号",
                                       en: "new address {id} ({label}) reuses the number of historical address {old}")

    public static let all: [Message] = [abstract, discussion, retireAbstract, reuseAbstract, id, historicalID, siteText, reason, retired, reused]
}
