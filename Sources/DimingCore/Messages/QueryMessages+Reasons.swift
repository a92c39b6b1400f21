/// Why a query parameter or a batch row is refused: the reasons inside ``QueryError`` and
/// ``LocateError`` details.
extension QueryMessages {
    public static let required = Message("reason.required", zh: "必须给出", en: "is required")
    public static let notSupported = Message("query.reason.notSupported", zh: "不支持 \"{text}\"；请用以下之一：{supported}",
                                             en: "\"{text}\" is not supported; use one of {supported}")
    public static let notNumber = Message("query.reason.notNumber", zh: "\"{text}\" 不是数字", en: "\"{text}\" is not a number")
    public static let notInteger = Message("query.reason.notInteger", zh: "\"{text}\" 不是整数", en: "\"{text}\" is not an integer")
    public static let notLimit = Message("query.reason.notLimit", zh: "\"{text}\" 不是 1 到 {maximum} 之间的整数",
                                         en: "\"{text}\" is not an integer from 1 to {maximum}")
    public static let limitOutOfRange = Message("query.reason.limitOutOfRange", zh: "必须是 1 到 {maximum} 之间的整数，实际为 {value}",
                                                en: "must be an integer from 1 to {maximum}, got {value}")
    public static let notOneOf = Message("reason.notOneOf", zh: "\"{text}\" 不是以下之一：{allowed}", en: "\"{text}\" is not one of {allowed}")
    public static let notCursor = Message("query.reason.notCursor", zh: "\"{text}\" 不是游标", en: "\"{text}\" is not a cursor")
    public static let notNextCursor = Message("query.reason.notNextCursor", zh: "\"{text}\" 不是 next 链接给出的游标",
                                              en: "\"{text}\" is not a cursor from a next link")
    public static let nameNotUTF8 = Message("query.reason.nameNotUTF8", zh: "参数名不是有效的百分号编码 UTF-8",
                                            en: "the name is not valid percent-encoded UTF-8")
    public static let valueNotUTF8 = Message("query.reason.valueNotUTF8", zh: "参数值不是有效的百分号编码 UTF-8",
                                             en: "the value is not valid percent-encoded UTF-8")
    public static let intervalBackwards = Message("query.reason.intervalBackwards", zh: "时间区间 \"{text}\" 的结束早于开始",
                                                  en: "the interval \"{text}\" ends before it starts")
    public static let notInstant = Message(
        "query.reason.notInstant",
        zh: "\"{text}\" 不是 RFC 3339 时刻或时间区间（例如 2024-07-01T08:00:00Z、2024-07-01/2024-07-31、../2024-07-31、2024-07-01/P2D）",
        en: "\"{text}\" is not an RFC 3339 instant or interval (e.g. 2024-07-01T08:00:00Z, 2024-07-01/2024-07-31, ../2024-07-31, 2024-07-01/P2D)")

    public static let rowNoComma = Message("locate.reason.noComma", zh: "应为 id,lon,lat，但没有逗号", en: "expected id,lon,lat, found no comma")
    public static let rowFieldCount = Message("locate.reason.fieldCount", zh: "应为 id,lon,lat，但有 {count} 个字段",
                                              en: "expected id,lon,lat, found {count} fields")
    public static let rowFieldEmpty = Message("locate.reason.empty", zh: "{name} 为空", en: "{name} is empty")
    public static let rowNotNumber = Message("locate.reason.notNumber", zh: "{name} \"{text}\" 不是数字", en: "{name} \"{text}\" is not a number")
    public static let rowNotFinite = Message("locate.reason.notFinite", zh: "{name} {text} 不是有限的数", en: "{name} {text} is not a finite number")
    public static let rowOutside = Message("locate.reason.outside", zh: "{name} {text} 超出 {range}", en: "{name} {text} is outside {range}")
    public static let rowLatLonOrder = Message("locate.reason.latLonOrder", zh: "lat {text} 超出 -90…90；看来是 lat,lon 的顺序——列应为 id,lon,lat",
                                               en: "lat {text} is outside -90…90; it looks like lat,lon order — the columns are id,lon,lat")
    public static let rowNotNumbers = Message("locate.reason.notNumbers", zh: "lon 和 lat 应为数字", en: "expected numbers for lon and lat")
    public static let rowExpected = Message("locate.reason.expected", zh: "应为 id,lon,lat，lon 和 lat 为数字",
                                            en: "expected id,lon,lat with numbers for lon and lat")

    public static let notProjectedBox = Message("query.reason.notProjectedBox", zh: "无法从 EPSG:{srid} 转换到经纬度（是否在该投影带之外，或坐标轴顺序不是北、东？）",
                                                en: "cannot be transformed from EPSG:{srid} to lon/lat (outside the zone, or not in northing, easting order?)")
    public static let rowAfterLat = Message("locate.reason.afterLat", zh: "lat 之后有多余的文字", en: "unexpected text after lat")

    static let reasons = [rowAfterLat, required, notSupported, notProjectedBox, notNumber, notInteger, notLimit, limitOutOfRange, notOneOf, notCursor, notNextCursor,
                          nameNotUTF8, valueNotUTF8, intervalBackwards, notInstant, rowNoComma, rowFieldCount, rowFieldEmpty,
                          rowNotNumber, rowNotFinite, rowOutside, rowLatLonOrder, rowNotNumbers, rowExpected]
}
