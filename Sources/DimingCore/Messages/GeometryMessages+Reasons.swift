/// Why a bounding box, a WKT text or a GeoJSON feature's structure is refused: the reasons
/// inside ``GeometryError`` and ``ImportError`` details.
extension GeometryMessages {
    public static let bboxNumbers = Message("geometry.reason.bboxNumbers", zh: "应为 minLon,minLat,maxLon,maxLat 四个数，实际为 \"{text}\"",
                                            en: "expected 4 numbers minLon,minLat,maxLon,maxLat, got \"{text}\"")
    public static let bboxOutOfRange = Message("geometry.reason.bboxOutOfRange", zh: "\"{text}\" 中的坐标超出范围",
                                               en: "coordinates out of range in \"{text}\"")
    public static let bboxSouthNorth = Message("geometry.reason.bboxSouthNorth", zh: "南边 {south} 大于北边 {north}",
                                               en: "south {south} is greater than north {north}")
    public static let wktType = Message("geometry.reason.wktType", zh: "WKT 必须以几何类型开头", en: "WKT must start with a geometry type")
    public static let wktTrailing = Message("geometry.reason.wktTrailing", zh: "几何之后还有多余的文字", en: "unexpected text after the geometry")
    public static let wktExpected = Message("geometry.reason.wktExpected", zh: "第 {position} 个字符处应为 {expected}",
                                            en: "expected {expected} at character {position}")
    public static let wktNumber = Message("geometry.reason.wktNumber", zh: "第 {position} 个字符处应为数字", en: "expected a number at character {position}")
    public static let lonLatNumbers = Message("geometry.reason.lonLatNumbers", zh: "lon \"{lon}\" 和 lat \"{lat}\" 必须是数字",
                                              en: "lon \"{lon}\" and lat \"{lat}\" must be numbers")

    public static let mustBeString = Message("feature.reason.string", zh: "必须是字符串", en: "must be a string")
    public static let idKind = Message("feature.reason.idKind", zh: "必须是字符串或整数，而不是{got}", en: "must be a string or an integer, not {got}")
    public static let objectOrNull = Message("feature.reason.objectOrNull", zh: "必须是对象或 null", en: "must be an object or null")
    public static let notFeature = Message("feature.reason.notFeature", zh: "应为 \"Feature\"，实际为 \"{type}\"", en: "expected \"Feature\", got \"{type}\"")
    public static let typeMissing = Message("feature.reason.typeMissing", zh: "缺少 \"type\": \"Feature\"", en: "missing \"type\": \"Feature\"")
    public static let notObject = Message("feature.reason.notObject", zh: "必须是 JSON 对象", en: "must be a JSON object")
    public static let mustBeArray = Message("feature.reason.array", zh: "必须是数组", en: "must be an array")
    public static let missing = Message("feature.reason.missing", zh: "缺失", en: "is missing")
    public static let unsupportedType = Message("feature.reason.unsupportedType",
                                                zh: "不支持 \"{type}\"（请用 Point、LineString、Polygon 或它们的 Multi 形式）",
                                                en: "\"{type}\" is not supported (use Point, LineString, Polygon or their Multi forms)")
    public static let nesting = Message("feature.reason.nesting", zh: "数组的嵌套与 {type} 不符", en: "the nesting of the arrays does not match a {type}")
    public static let mixedDepths = Message("feature.reason.mixedDepths", zh: "混有不同深度的数组", en: "arrays of different depths are mixed")
    public static let positionNotNumber = Message("feature.reason.positionNotNumber", zh: "坐标点中有不是数字的值",
                                                  en: "a position holds a value that is not a number")
    public static let positionCount = Message("feature.reason.positionCount", zh: "坐标点需要经度和纬度，实际只有 {count} 个数",
                                              en: "a position needs longitude and latitude, got {count} number")
    public static let inputEmpty = Message("feature.reason.inputEmpty", zh: "输入为空", en: "the input is empty")
    public static let notJSONObject = Message("feature.reason.notJSONObject", zh: "输入不以 JSON 对象开头", en: "the input does not start with a JSON object")

    public static let notCollection = Message("feature.reason.notCollection", zh: "应为 FeatureCollection 或 Feature，实际 type 为 \"{type}\"",
                                              en: "expected a FeatureCollection or a Feature, got type \"{type}\"")
    public static let noType = Message("feature.reason.noType", zh: "该对象没有 \"type\" 成员", en: "the object has no \"type\" member")

    static let reasons = [notCollection, noType, bboxNumbers, bboxOutOfRange, bboxSouthNorth, wktType, wktTrailing, wktExpected, wktNumber, lonLatNumbers,
                          mustBeString, idKind, objectOrNull, notFeature, typeMissing, notObject, mustBeArray, missing, unsupportedType,
                          nesting, mixedDepths, positionNotNumber, positionCount, inputEmpty, notJSONObject]
}
