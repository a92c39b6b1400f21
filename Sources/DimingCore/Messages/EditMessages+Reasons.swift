/// Why an edit's body or id is refused: the reasons inside ``EditError`` and the server's
/// invalid-body problems.
extension EditMessages {
    public static let idMismatch = Message("edit.reason.idMismatch", zh: "请求体中的 id {given} 不是 URL 中的 id {id}",
                                           en: "the body's id {given} is not the id in the URL, {id}")
    public static let keyCannotChange = Message("edit.reason.keyCannotChange", zh: "{column} 是要素的 id（{id}），不能修改（请新建要素并删除此要素）",
                                                en: "{column} is the feature's id, {id}; it cannot change (create the new one and delete this)")
    public static let idNotUUID = Message("edit.reason.idNotUUID", zh: "{layer} 的 id 是 UUID（例如 {example}），而不是 {given}；不给 id 即可自动生成",
                                          en: "{layer} ids are UUIDs (e.g. {example}), not {given}; leave id out to have one made")
    public static let idMustEqual = Message("edit.reason.idMustEqual", zh: "{layer} 的要素以其 {name} 为名；id {given} 必须与之相同",
                                            en: "a feature of {layer} is named by its {name}; the id {given} must equal it")
    public static let oneFeature = Message("edit.reason.oneFeature", zh: "请发送一个 Feature，而不是 FeatureCollection",
                                           en: "send one Feature, not a FeatureCollection")
    public static let oneGeoJSONFeature = Message("edit.reason.oneGeoJSONFeature", zh: "请发送一个 GeoJSON Feature", en: "send one GeoJSON Feature")
    public static let patchObject = Message("edit.reason.patchObject", zh: "应为 JSON 对象：{\"properties\": {…}, \"geometry\": {…}}",
                                            en: "expected a JSON object: {\"properties\": {…}, \"geometry\": {…}}")
    public static let settingObject = Message("edit.reason.settingObject", zh: "应为 JSON 对象 {\"value\": \"…\"}（null 删除该设置）",
                                              en: "expected a JSON object {\"value\": \"…\"} (null removes the setting)")
    public static let settingValue = Message("edit.reason.settingValue", zh: "\"value\" 必须是字符串或 null", en: "\"value\" must be a string or null")

    static let reasons = [idMismatch, keyCannotChange, idNotUUID, idMustEqual, oneFeature, oneGeoJSONFeature, patchObject, settingObject,
                          settingValue]
}
