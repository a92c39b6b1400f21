import DimingCore

/// Messages of the lines and topology areas (`boundary.lines.…`, `boundary.check.…`).
public enum LinesMessages {
    public static let linesAbstract = Message("boundary.lines.abstract", zh: "由区划面生成相邻区划之间的界线（每对相邻区划一条），并打印。",
                                              en: "Derive the line between every pair of neighbouring divisions from their polygons, and print them.")
    public static let checkAbstract = Message("boundary.check.abstract", zh: "检查相邻区划之间的缝隙与重叠、上下级不一致、界桩偏离界线和界线两侧不一致。",
                                              en: "Check gaps and overlaps between neighbours, children against their parent, markers off their line and lines whose sides disagree.")
    public static let checkDiscussion = Message("boundary.check.discussion",
                                                zh: "发现问题时命令仍以 0 退出，并在最后打印汇总；输入有误（如容差为负）时以非 0 退出。",
                                                en: "The command exits 0 when it finds problems and prints a summary at the end; it exits non-zero only for bad input (a negative tolerance …).")
    public static let toleranceHelp = Message("boundary.lines.tolerance", zh: "吻合容差（米），小于它的坐标差不算缝隙或重叠。",
                                              en: "Snapping tolerance in metres: differences below it are not gaps or overlaps.")
    public static let levelHelp = Message("boundary.lines.level", zh: "只生成该级别（county、township …）的界线。",
                                          en: "Only the lines between divisions of this level (county, township …).")
    public static let formatHelp = Message("boundary.lines.format", zh: "输出格式：text（默认，供阅读）、json 或 geojson。",
                                           en: "Output: text (the default, for people), json or geojson.")
    public static let invalidToleranceTitle = Message("boundary.lines.invalid-tolerance.title", zh: "容差无效", en: "Invalid tolerance")
    public static let invalidTolerance = Message("boundary.lines.invalid-tolerance", zh: "容差必须是 0 到 100 之间的米数，而不是“{value}”。",
                                                 en: "The tolerance must be a number of metres from 0 to 100, not “{value}”.")
    public static let unknownLineTitle = Message("boundary.lines.unknown-line.title", zh: "没有这条界线", en: "No such line")
    public static let unknownLine = Message("boundary.lines.unknown-line", zh: "没有编号为 {code} 的界线。", en: "There is no line {code}.")
    public static let roleTitle = Message("boundary.lines.role.title", zh: "无权操作界线", en: "Not allowed to change lines")
    public static let role = Message("boundary.lines.role", zh: "只有界线检查员或管理员可以生成界线或登记协议书（{account} 的角色是 {role}）。",
                                     en: "Only a boundary inspector or an admin may derive lines or record agreements ({account} is {role}).")
    public static let summary = Message("boundary.check.summary", zh: "检查了 {units} 个区划、{pairs} 对相邻区划：{findings} 个问题。",
                                        en: "Checked {units} divisions, {pairs} pairs of neighbours: {findings} findings.")
    public static let derived = Message("boundary.lines.derived", zh: "界线：新增 {added}，变更 {changed}，未变 {unchanged}，撤销 {removed}。",
                                        en: "Lines: {added} added, {changed} changed, {unchanged} unchanged, {removed} retired.")

    public static let all: [Message] = [linesAbstract, checkAbstract, checkDiscussion, toleranceHelp, levelHelp, formatHelp, invalidToleranceTitle,
                                        invalidTolerance, unknownLineTitle, unknownLine, roleTitle, role, summary, derived]
}
