import DimingCore

/// The markers' (界桩) messages, Chinese and English.
public enum MarkersMessages {
    public static let unknownMarkerTitle = Message("boundary.markers.unknownMarker.title", zh: "没有该界桩", en: "No such marker")
    public static let unknownMarker = Message("boundary.markers.unknownMarker", zh: "没有编号为 {number} 的界桩", en: "no marker has the number {number}")
    public static let unknownLineTitle = Message("boundary.markers.unknownLine.title", zh: "没有该界线", en: "No such line")
    public static let unknownLine = Message("boundary.markers.unknownLine", zh: "没有代码为 {line} 的界线", en: "no boundary line has the code {line}")
    public static let swappedTitle = Message("boundary.markers.swapped.title", zh: "X、Y坐标颠倒", en: "X and Y swapped")
    public static let swapped = Message("boundary.markers.swapped",
                                        zh: "X坐标 {x} 像东坐标、Y坐标 {y} 像北坐标：X 是北坐标（纵），Y 是东坐标（横），请交换后重试",
                                        en: "X {x} looks like an easting and Y {y} like a northing: X is the northing, Y the easting — swap them")
    public static let outOfRangeTitle = Message("boundary.markers.outOfRange.title", zh: "坐标超出范围", en: "Coordinate out of range")
    public static let outOfRange = Message("boundary.markers.outOfRange",
                                           zh: "{field} 坐标 {value} 不是中国境内的CGCS2000高斯-克吕格3度带坐标（X 北坐标 1 800 000–6 000 000 米，Y 东坐标离中央子午线不超过 330 千米，可带带号）",
                                           en: "{field} {value} is not a CGCS2000 3-degree Gauss-Krüger coordinate in China (X northing 1 800 000–6 000 000 m, Y easting within 330 km of the central meridian, with or without the zone prefix)")
    public static let outOfZoneTitle = Message("boundary.markers.outOfZone.title", zh: "坐标不在投影带内", en: "Coordinate outside its zone")
    public static let outOfZone = Message("boundary.markers.outOfZone",
                                          zh: "该点经度 {lon}° 离 EPSG:{epsg} 的中央子午线 {cm}°E 超过 2°：请使用该点所在的投影带",
                                          en: "the point's longitude {lon}° is more than 2° from the central meridian {cm}°E of EPSG:{epsg}: use the point's own zone")
    public static let unknownEPSGTitle = Message("boundary.markers.unknownEPSG.title", zh: "不支持的坐标系", en: "Unsupported CRS")
    public static let unknownEPSG = Message("boundary.markers.unknownEPSG",
                                            zh: "EPSG:{epsg} 不是CGCS2000高斯-克吕格3度带坐标系（支持 4534–4554 不带带号，4513–4533 带带号）",
                                            en: "EPSG:{epsg} is not a CGCS2000 3-degree Gauss-Krüger CRS (4534–4554 without the zone prefix, 4513–4533 with it)")
    public static let epsgDisagreesTitle = Message("boundary.markers.epsgDisagrees.title", zh: "坐标系与坐标不符", en: "CRS and coordinates disagree")
    public static let epsgDisagrees = Message("boundary.markers.epsgDisagrees",
                                              zh: "给出的 EPSG:{epsg} 与 Y坐标 {y} 不符（按带号应为 EPSG:{recognised}）",
                                              en: "EPSG:{epsg} given does not fit Y {y} (its zone prefix says EPSG:{recognised})")
    public static let duplicateNumberTitle = Message("boundary.markers.duplicateNumber.title", zh: "界桩编号重复", en: "Duplicate marker number")
    public static let duplicateNumber = Message("boundary.markers.duplicateNumber", zh: "界桩编号 {number} 在文件中出现两次（第 {first} 行）",
                                                en: "marker number {number} appears twice in the file (first on row {first})")
    public static let markerExistsTitle = Message("boundary.markers.exists.title", zh: "界桩已登记", en: "Marker already registered")
    public static let markerExists = Message("boundary.markers.exists", zh: "界桩 {number} 已登记：请用修改", en: "marker {number} is already registered: update it instead")
    public static let missingFieldTitle = Message("boundary.markers.missingField.title", zh: "缺少字段", en: "Missing field")
    public static let missingField = Message("boundary.markers.missingField", zh: "缺少 {field}", en: "{field} is missing")
    public static let invalidValueTitle = Message("boundary.markers.invalidValue.title", zh: "字段值无效", en: "Invalid value")
    public static let invalidValue = Message("boundary.markers.invalidValue", zh: "{field} 的值“{value}”无效", en: "{field}: \"{value}\" is not valid")
    public static let inRow = Message("boundary.markers.inRow", zh: "第 {row} 行（{field}）：{detail}", en: "row {row} ({field}): {detail}")
    public static let emptyRegister = Message("boundary.markers.emptyRegister", zh: "界桩登记表没有表头", en: "the marker register has no header row")

    public static let all: [Message] = [unknownMarkerTitle, unknownMarker, unknownLineTitle, unknownLine, swappedTitle, swapped, outOfRangeTitle, outOfRange,
                                        outOfZoneTitle, outOfZone, unknownEPSGTitle, unknownEPSG, epsgDisagreesTitle, epsgDisagrees, duplicateNumberTitle,
                                        duplicateNumber, markerExistsTitle, markerExists, missingFieldTitle, missingField, invalidValueTitle, invalidValue,
                                        inRow, emptyRegister]
}

/// Every message of the markers, inspections and report areas, for ``BoundaryCatalog``.
public enum MarkersArea {
    public static let messages: [Message] = MarkersMessages.all + MarkersHelpMessages.all + InspectionsMessages.all + InspectionsHelpMessages.all
        + ReportMessages.all + ReportHelpMessages.all + MarkersHTTPMessages.all
}

/// The HTTP bodies' messages of the marker and inspection routes.
public enum MarkersHTTPMessages {
    public static let notObject = Message("boundary.markers.http.notObject", zh: "请求体应为 JSON 对象", en: "the body must be a JSON object")
    public static let unknownMember = Message("boundary.markers.http.unknownMember", zh: "不接受该成员（可用：{allowed}）",
                                              en: "not a member this route takes (allowed: {allowed})")
    public static let badMember = Message("boundary.markers.http.badMember", zh: "缺失或类型不对", en: "missing or of the wrong type")

    public static let all: [Message] = [notObject, unknownMember, badMember]
}
