import DimingCore

/// The joint inspections' (联合检查) messages, Chinese and English.
public enum InspectionsMessages {
    public static let unknownRoundTitle = Message("boundary.inspections.unknownRound.title", zh: "没有该联检轮次", en: "No such inspection round")
    public static let unknownRound = Message("boundary.inspections.unknownRound", zh: "没有编号为 {id} 的联检轮次", en: "no inspection round has the id {id}")
    public static let markerNotOnLineTitle = Message("boundary.inspections.markerNotOnLine.title", zh: "界桩不属于该界线", en: "Marker not on this line")
    public static let markerNotOnLine = Message("boundary.inspections.markerNotOnLine", zh: "界桩 {marker} 属于界线 {markerLine}，不属于本轮联检的界线 {line}",
                                                en: "marker {marker} belongs to line {markerLine}, not to this round's line {line}")
    public static let needsMeasuredTitle = Message("boundary.inspections.needsMeasured.title", zh: "缺少实测坐标", en: "Measured coordinates needed")
    public static let needsMeasured = Message("boundary.inspections.needsMeasured", zh: "“{kind}”的记录需要实测坐标（X、Y）",
                                              en: "a \"{kind}\" finding needs the measured coordinates (x, y)")
    public static let needsPositionTitle = Message("boundary.inspections.needsPosition.title", zh: "缺少位置", en: "Position needed")
    public static let needsPosition = Message("boundary.inspections.needsPosition", zh: "沿线记录“{kind}”需要位置（实测 X、Y 或经纬度）",
                                              en: "a finding along the line (\"{kind}\") needs a position (measured x, y or lon/lat)")
    public static let needsMarkerTitle = Message("boundary.inspections.needsMarker.title", zh: "缺少界桩编号", en: "Marker number needed")
    public static let needsMarker = Message("boundary.inspections.needsMarker", zh: "“{kind}”是界桩的状况，需要界桩编号",
                                            en: "\"{kind}\" is a marker's condition: give the marker's number")
    public static let beyondToleranceTitle = Message("boundary.inspections.beyondTolerance.title", zh: "位移超出限差", en: "Displacement beyond tolerance")
    public static let beyondTolerance = Message("boundary.inspections.beyondTolerance",
                                                zh: "界桩 {marker} 实测位置偏离登记位置 {displacement} 米（方位角 {bearing}°），超出限差 {tolerance} 米：不能记为“完好”，请记为“移位”（moved）",
                                                en: "marker {marker} was measured {displacement} m from its registered position (bearing {bearing}°), beyond the tolerance of {tolerance} m: it cannot be recorded as intact — record it as moved")
    public static let invalidValueTitle = Message("boundary.inspections.invalidValue.title", zh: "字段值无效", en: "Invalid value")
    public static let invalidValue = Message("boundary.inspections.invalidValue", zh: "{field} 的值“{value}”无效", en: "{field}: \"{value}\" is not valid")

    public static let all: [Message] = [unknownRoundTitle, unknownRound, markerNotOnLineTitle, markerNotOnLine, needsMeasuredTitle, needsMeasured,
                                        needsPositionTitle, needsPosition, needsMarkerTitle, needsMarker, beyondToleranceTitle, beyondTolerance,
                                        invalidValueTitle, invalidValue]
}
