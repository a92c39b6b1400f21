import DimingCore

/// The inspection report's (联检报告) labels, Chinese and English.
public enum ReportMessages {
    public static let title = Message("boundary.report.title", zh: "行政区域界线联合检查报告", en: "Joint inspection report of an administrative boundary")
    public static let line = Message("boundary.report.line", zh: "界线", en: "Line")
    public static let round = Message("boundary.report.round", zh: "轮次", en: "Round")
    public static let dates = Message("boundary.report.dates", zh: "检查日期", en: "Dates")
    public static let teams = Message("boundary.report.teams", zh: "双方检查组", en: "Teams of both sides")
    public static let documents = Message("boundary.report.documents", zh: "依据文件", en: "Documents")
    public static let reportNumber = Message("boundary.report.number", zh: "报告编号", en: "Report number")
    public static let tolerance = Message("boundary.report.tolerance", zh: "位移限差", en: "Tolerance")
    public static let length = Message("boundary.report.length", zh: "界线长度", en: "Line length")
    public static let map = Message("boundary.report.map", zh: "界线与界桩示意图", en: "Map of the line and its markers")
    public static let markers = Message("boundary.report.markers", zh: "界桩检查情况", en: "Markers")
    public static let number = Message("boundary.report.markerNumber", zh: "界桩编号", en: "Number")
    public static let registered = Message("boundary.report.registered", zh: "登记坐标", en: "Registered")
    public static let measured = Message("boundary.report.measured", zh: "实测坐标", en: "Measured")
    public static let displacement = Message("boundary.report.displacement", zh: "位移（米）", en: "Displacement (m)")
    public static let bearing = Message("boundary.report.bearing", zh: "方位角（°）", en: "Bearing (°)")
    public static let finding = Message("boundary.report.finding", zh: "检查结果", en: "Finding")
    public static let notInspected = Message("boundary.report.notInspected", zh: "未检查", en: "Not inspected")
    public static let alongLine = Message("boundary.report.alongLine", zh: "沿线检查情况", en: "Findings along the line")
    public static let position = Message("boundary.report.position", zh: "位置（经度，纬度）", en: "Position (lon, lat)")
    public static let note = Message("boundary.report.note", zh: "说明", en: "Note")
    public static let date = Message("boundary.report.date", zh: "日期", en: "Date")
    public static let none = Message("boundary.report.none", zh: "无", en: "None")
    public static let summary = Message("boundary.report.summary", zh: "共 {total} 颗界桩：完好 {intact}，损坏 {damaged}，移位 {moved}，丢失 {missing}，未检查 {unchecked}",
                                        en: "{total} markers: {intact} intact, {damaged} damaged, {moved} moved, {missing} missing, {unchecked} not inspected")

    public static let all: [Message] = [title, line, round, dates, teams, documents, reportNumber, tolerance, length, map, markers, number, registered,
                                        measured, displacement, bearing, finding, notInspected, alongLine, position, note, date, none, summary]
}
