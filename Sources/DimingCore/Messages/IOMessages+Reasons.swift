/// Why a file, a feature or a value is refused: the reasons inside ``ImportError``,
/// ``GDALError``, ``StoreError`` and ``LayerRuleViolation`` details. GDAL's, GEOS's and
/// SQLite's own words fill `{reason}` as they are.
extension IOMessages {
    public static let notSQLite = Message("store.reason.notSQLite", zh: "不是 SQLite 数据库（{reason}）", en: "not an SQLite database ({reason})")
    public static let cannotCreate = Message("io.reason.cannotCreate", zh: "无法创建该文件", en: "cannot create the file")
    public static let noSuchFile = Message("io.reason.noSuchFile", zh: "没有这个文件", en: "no such file")
    public static let notAFile = Message("io.reason.notAFile", zh: "没有权限或不是文件", en: "permission denied or not a file")
    public static let unclosedQuote = Message("io.reason.unclosedQuote", zh: "引号括起的字段没有结束", en: "a quoted field is not closed")
    public static let notUTF8 = Message("io.reason.notUTF8", zh: "不是有效的 UTF-8（第 {line} 行第 {column} 列的字节 {byte}）；请把文件存为 UTF-8",
                                        en: "is not valid UTF-8 (byte {byte} at line {line}, column {column}); save the file as UTF-8")
    public static let nulByte = Message("io.reason.nulByte", zh: "含有 NUL 字节（第 {line} 行第 {column} 列），文本无法存储",
                                        en: "holds a NUL byte (line {line}, column {column}), which text cannot store")
    public static let nulCharacter = Message("io.reason.nulCharacter", zh: "含有 \\u0000，即 NUL 字符（第 {line} 行第 {column} 列），文本无法存储",
                                             en: "holds \\u0000, a NUL character (line {line}, column {column}), which text cannot store")
    public static let stringProblem = Message("io.reason.string", zh: "字符串{reason}", en: "a string {reason}")
    public static let loneHighSurrogate = Message("io.reason.loneHighSurrogate", zh: "\\u{code} 是单独的高代理项：其后没有低代理项 \\uDC00-\\uDFFF",
                                                  en: "\\u{code} is a lone high surrogate: no low surrogate \\uDC00-\\uDFFF follows it")
    public static let unpairedHighSurrogate = Message(
        "io.reason.unpairedHighSurrogate", zh: "\\u{code} 是高代理项，其后是 \\u{next}，而不是低代理项 \\uDC00-\\uDFFF",
        en: "\\u{code} is a high surrogate followed by \\u{next}, not by a low surrogate \\uDC00-\\uDFFF")
    public static let loneLowSurrogate = Message("io.reason.loneLowSurrogate", zh: "\\u{code} 是单独的低代理项：其前没有高代理项 \\uD800-\\uDBFF",
                                                 en: "\\u{code} is a lone low surrogate: no high surrogate \\uD800-\\uDBFF comes before it")
    public static let invalidGeometry = Message("io.reason.invalidGeometry", zh: "几何无效：{reason}", en: "invalid geometry: {reason}")
    public static let geometryMissing = Message("io.reason.geometryMissing", zh: "缺失（null）", en: "is missing (null)")
    public static let notInLayer = Message("io.reason.notInLayer", zh: "{value} 不在 {layer} 中", en: "{value} is not in {layer}")
    public static let notInLayerNorFile = Message("io.reason.notInLayerNorFile", zh: "\"{value}\" 不在 {layer} 中，也不在此文件中",
                                                  en: "\"{value}\" is not in {layer}, nor in this file")
    public static let alreadyExists = Message("io.reason.alreadyExists", zh: "{layer} 中已有 \"{key}\"", en: "\"{key}\" already exists in {layer}")
    public static let referenceRequired = Message("io.reason.referenceRequired", zh: "必须给出：请给出 {reference}，或用 {name} 指明 {target} 中的一个",
                                                  en: "is required: give {reference}, or {name} naming one of {target}")
    public static let noneNamed = Message("io.reason.noneNamed", zh: "{target} 中没有名为 \"{name}\" 的要素", en: "no feature of {target} is named \"{name}\"")
    public static let manyNamed = Message("io.reason.manyNamed", zh: "{target} 中有 {count} 个要素名为 \"{name}\"；请给出 {reference} 指明是哪一个",
                                          en: "{count} features of {target} are named \"{name}\"; give {reference} to say which")
    public static let noGeometryColumn = Message("io.reason.noGeometryColumn", zh: "没有几何列：请有一列 wkt（或 geometry），或 lon 和 lat 两列",
                                                 en: "no geometry column: name one wkt (or geometry), or lon and lat")
    public static let fieldCount = Message("io.reason.fieldCount", zh: "有 {count} 个字段，表头有 {header} 个", en: "has {count} fields, the header has {header}")
    public static let notAColumn = Message("io.reason.notAColumn", zh: "不是 {layer} 的列", en: "is not a column of {layer}")
    public static let replaceOrphans = Message(
        "io.reason.replaceOrphans",
        zh: "{child} 中有 {count} 个要素指向 {layer} 的要素，而文件没有以相同 id 带回这些要素；请把它们（按导出时的样子，带 id）包括进来，或先修改那些要素",
        en: "{count} features of {child} point at features of {layer} that the file does not bring back with the same id; "
            + "include them (as exported, with their ids), or change those features first")
    public static let noLayer = Message("io.reason.noLayer", zh: "文件中没有图层", en: "the file holds no layer")
    public static let cannotTransform = Message("io.reason.cannotTransform", zh: "无法转换为经纬度", en: "cannot be transformed to lon/lat")
    public static let cannotWriteWKT = Message("io.reason.cannotWriteWKT", zh: "GDAL 无法把它写成 WKT", en: "GDAL cannot write it as WKT")
    public static let cannotReadGeometry = Message("io.reason.cannotReadGeometry", zh: "GDAL 无法读取 {id} 的几何", en: "GDAL cannot read the geometry of {id}")
    public static let cannotWriteFeature = Message("io.reason.cannotWriteFeature", zh: "GDAL 无法写入要素 {id}", en: "GDAL cannot write feature {id}")
    public static let cannotFinish = Message("io.reason.cannotFinish", zh: "GDAL 无法完成该文件", en: "GDAL could not finish the file")
    public static let geosCannotRead = Message("io.reason.geosCannotRead", zh: "GEOS 无法读取该几何", en: "GEOS could not read the geometry")

    public static let mustNotBeEmpty = Message("layer.reason.empty", zh: "不能为空", en: "must not be empty")
    public static let wrongKind = Message("layer.reason.wrongKind", zh: "必须是{kind}，而不是{got}", en: "must be {kind}, not {got}")
    public static let aString = Message("value.string", zh: "字符串", en: "a string")
    public static let anInteger = Message("value.integer", zh: "整数", en: "an integer")
    public static let aNumber = Message("value.number", zh: "数字", en: "a number")
    public static let aBoolean = Message("value.boolean", zh: "布尔值", en: "a boolean")
    public static let anArray = Message("value.array", zh: "数组", en: "an array")
    public static let anObject = Message("value.object", zh: "对象", en: "an object")
    public static let null = Message("value.null", zh: "null", en: "null")
    public static let notPositive = Message("layer.reason.notPositive", zh: "必须是正整数，实际为 {value}", en: "must be a positive integer, got {value}")
    public static let negative = Message("layer.reason.negative", zh: "不能为负数，实际为 {value}", en: "must not be negative, got {value}")
    public static let divisionCode = Message(
        "layer.reason.divisionCode",
        zh: "\"{text}\" 必须是 6 位 GB/T 2260 代码，或 9 位、12 位的乡级、村级代码，并以省级代码（11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）开头",
        en: "\"{text}\" must be a 6-digit GB/T 2260 code, or a 9- or 12-digit township or village code, starting with a province code "
            + "(11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)")
    public static let levelMismatch = Message("layer.reason.levelMismatch", zh: "\"{level}\" 与代码 {code} 不符：这是{codeLevel}代码",
                                              en: "\"{level}\" does not match code {code}, which is a {codeLevel} code")
    public static let parentMismatch = Message("layer.reason.parentMismatch", zh: "\"{parent}\" 不包含代码 {code}：上级的代码是其下辖区划代码的开头",
                                               en: "\"{parent}\" does not contain code {code}: a parent's code begins the codes of what lies in it")

    public static let kindDiming = Message("store.kind.diming", zh: "Diming 数据库", en: "a Diming database")
    public static let kindEmpty = Message("store.kind.empty", zh: "空的 SQLite 文件", en: "an empty SQLite file")
    public static let kindGeoPackage = Message("store.kind.geoPackage", zh: "GeoPackage 文件", en: "a GeoPackage")
    public static let kindSpatiaLite = Message("store.kind.spatiaLite", zh: "其他工具建立的 SpatiaLite 数据库", en: "a SpatiaLite database made by another tool")
    public static let kindSQLite = Message("store.kind.sqlite", zh: "其他程序建立的 SQLite 数据库", en: "an SQLite database made by another program")
    public static let ruleDivision = Message("setting.rule.division", zh: "必须是数据库中某个区划的代码", en: "must be the code of a division in the database")
    public static let ruleReadAccess = Message("setting.rule.readAccess", zh: "必须是 open 或 token", en: "must be open or token")
    public static let ruleMetricSRID = Message("setting.rule.metricSRID",
                                               zh: "必须是 4534 到 4554 之间的 EPSG 代码（CGCS2000 3 度带高斯-克吕格），不带符号、空格或前导零",
                                               en: "must be an EPSG code from 4534 to 4554 (CGCS2000 3-degree Gauss-Kruger), written without sign, spaces or leading zeros")
    public static let ruleDivisionCode = Message(
        "setting.rule.divisionCode",
        zh: "必须是 6 位 GB/T 2260 代码，或 9 位、12 位的乡级、村级代码，并以省级代码（11–15、21–23、31–37、41–46、50–54、61–65、71、81、82）开头",
        en: DivisionCode.formatRule)

    static let reasons = [kindDiming, kindEmpty, kindGeoPackage, kindSpatiaLite, kindSQLite, ruleDivision, ruleReadAccess, ruleMetricSRID,
                          ruleDivisionCode, notSQLite, cannotCreate, noSuchFile, notAFile, unclosedQuote, notUTF8, nulByte, nulCharacter, stringProblem,
                          loneHighSurrogate, unpairedHighSurrogate, loneLowSurrogate, invalidGeometry, geometryMissing, notInLayer,
                          notInLayerNorFile, alreadyExists, referenceRequired, noneNamed, manyNamed, noGeometryColumn, fieldCount, notAColumn, replaceOrphans,
                          noLayer, cannotTransform, cannotWriteWKT, cannotReadGeometry, cannotWriteFeature, cannotFinish, geosCannotRead,
                          mustNotBeEmpty, wrongKind, aString, anInteger, aNumber, aBoolean, anArray, anObject, null, notPositive, negative,
                          divisionCode, levelMismatch, parentMismatch]
}
