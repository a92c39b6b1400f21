/// Why a GeoJSON text is not well-formed: the JSON reader's own reasons, inside
/// ``ImportError/syntax(line:column:reason:feature:)``.
extension IOMessages {
    public static let jsonExpected = Message("json.expected", zh: "应为 {what}", en: "expected {what}")
    public static let jsonEndExpected = Message("json.endExpected", zh: "输入意外结束，应为 {what}", en: "unexpected end of input, expected {what}")
    public static let jsonCommaOr = Message("json.commaOr", zh: "应为 , 或 {close}", en: "expected , or {close}")
    public static let jsonMemberName = Message("json.memberName", zh: "应为成员名", en: "expected a member name")
    public static let jsonUnterminated = Message("json.unterminated", zh: "字符串没有结束", en: "unterminated string")
    public static let jsonBadEscape = Message("json.badEscape", zh: "字符串中的转义无效", en: "invalid escape in a string")
    public static let jsonControl = Message("json.control", zh: "字符串中有控制字符", en: "control character in a string")
    public static let jsonBadUnicode = Message("json.badUnicode", zh: "\\u 转义无效", en: "bad \\u escape")
    public static let jsonNaN = Message("json.nan", zh: "NaN 和 Infinity 不是 JSON 数字", en: "NaN and Infinity are not JSON numbers")
    public static let jsonNumber = Message("json.number", zh: "应为数字", en: "expected a number")
    public static let jsonFraction = Message("json.fraction", zh: "小数点后应有数字", en: "expected digits after the decimal point")
    public static let jsonExponent = Message("json.exponent", zh: "指数中应有数字", en: "expected digits in the exponent")
    public static let jsonLiteral = Message("json.literal", zh: "无效的字面量", en: "invalid literal")
    public static let jsonEnd = Message("json.end", zh: "输入意外结束", en: "unexpected end of input")
    public static let jsonNesting = Message("json.nesting", zh: "对象和数组的嵌套超过 {levels} 层", en: "objects and arrays nested deeper than {levels} levels")
    public static let jsonCoordinatesNesting = Message("json.coordinatesNesting", zh: "geometry.coordinates 的嵌套超过 {depth} 层数组",
                                                       en: "geometry.coordinates nested deeper than {depth} arrays")
    public static let jsonPositionNumber = Message("json.positionNumber", zh: "坐标点中应为数字", en: "expected a number in a position")
    public static let jsonAfterFeature = Message("json.afterFeature", zh: "要素之后有多余的文字", en: "unexpected text after the feature")
    public static let jsonFeaturesArray = Message("json.featuresArray", zh: "features 必须是数组", en: "features must be an array")
    public static let jsonAfterObject = Message("json.afterObject", zh: "GeoJSON 对象之后有多余的文字", en: "unexpected text after the GeoJSON object")

    static let jsonReasons = [jsonExpected, jsonEndExpected, jsonCommaOr, jsonMemberName, jsonUnterminated, jsonBadEscape, jsonControl,
                              jsonBadUnicode, jsonNaN, jsonNumber, jsonFraction, jsonExponent, jsonLiteral, jsonEnd, jsonNesting,
                              jsonCoordinatesNesting, jsonPositionNumber, jsonAfterFeature, jsonFeaturesArray, jsonAfterObject]
}
