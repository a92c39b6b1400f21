/// The texts of ``QueryError``, ``LayerError``, ``SettingError`` and ``LocateError``: asking for
/// features, layers, settings and divisions.
public enum QueryMessages {
    public static let unknownParameterTitle = Message("query.unknownParameter.title", zh: "未知查询参数", en: "Unknown query parameter")
    public static let unknownParameter = Message("query.unknownParameter", zh: "未知查询参数 \"{name}\"；此资源接受 {known}",
                                                 en: "unknown query parameter \"{name}\"; this resource takes {known}")
    public static let repeatedParameterTitle = Message("query.repeatedParameter.title", zh: "查询参数重复", en: "Repeated query parameter")
    public static let repeatedParameter = Message("query.repeatedParameter", zh: "查询参数 \"{name}\" 给了不止一次",
                                                  en: "query parameter \"{name}\" is given more than once")
    public static let invalidParameterTitle = Message("query.invalidParameter.title", zh: "查询参数无效", en: "Invalid query parameter")
    public static let invalidParameter = Message("query.invalidParameter", zh: "{name}：{reason}", en: "{name}: {reason}")
    public static let unknownFeatureTitle = Message("query.unknownFeature.title", zh: "未知要素", en: "Unknown feature")
    public static let unknownFeature = Message("query.unknownFeature", zh: "{layer} 中没有要素 \"{id}\"", en: "{layer} has no feature \"{id}\"")
    public static let unknownLayerTitle = Message("layer.unknown.title", zh: "未知图层", en: "Unknown layer")
    public static let unknownLayer = Message("layer.unknown", zh: "没有名为 \"{name}\" 的图层；图层有 {layers}",
                                             en: "no layer named \"{name}\"; the layers are {layers}")
    public static let invalidSettingTitle = Message("setting.invalid.title", zh: "设置无效", en: "Invalid setting")
    public static let unknownSetting = Message("setting.unknown", zh: "没有名为 \"{key}\" 的设置；设置有 {settings}",
                                               en: "no setting named \"{key}\"; the settings are {settings}")
    public static let invalidSetting = Message("setting.invalidValue", zh: "{key} \"{value}\"：{rule}", en: "{key} \"{value}\" {rule}")
    public static let invalidPointTitle = Message("locate.invalidPoint.title", zh: "点无效", en: "Invalid point")
    public static let badLine = Message("locate.badLine", zh: "第 {line} 行：{reason}", en: "line {line}: {reason}")
    public static let rowsRefused = Message("locate.rowsRefused", zh: "{rows} 行中有 {refused} 行被拒绝", en: "{refused} of {rows} rows refused")

    static let all = [unknownParameterTitle, unknownParameter, repeatedParameterTitle, repeatedParameter, invalidParameterTitle,
                      invalidParameter, unknownFeatureTitle, unknownFeature, unknownLayerTitle, unknownLayer, invalidSettingTitle,
                      unknownSetting, invalidSetting, invalidPointTitle, badLine, rowsRefused] + reasons
}
