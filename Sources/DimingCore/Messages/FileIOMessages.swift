/// The messages of file input and output (encodings, formats), in Chinese and English, for the catalog.
public enum FileIOMessages {
    public static let undecodableTitle = Message("io.encoding.undecodable.title", zh: "无法解码的输入", en: "Undecodable input")
    public static let neitherUTF8NorGB18030 = Message(
        "io.encoding.undecodable",
        zh: "第 {line} 行：字节 {bytes} 既不是 UTF-8 也不是 GB18030；请把文件另存为 UTF-8 文本",
        en: "line {line}: bytes {bytes} are neither UTF-8 nor GB18030; save the file as UTF-8 text")
    public static let notGB18030 = Message(
        "io.encoding.notGB18030",
        zh: "第 {line} 行：字节 {bytes} 不是 GB18030（--encoding gb18030）；可试 --encoding auto",
        en: "line {line}: bytes {bytes} are not GB18030 (--encoding gb18030); try --encoding auto")
    public static let noGB18030Converter = Message(
        "io.encoding.noConverter",
        zh: "本系统的 iconv 无法解码 GB18030（缺少 glibc 的 gconv 模块）；请把文件另存为 UTF-8",
        en: "this system's iconv cannot decode GB18030 (glibc's gconv modules are missing); save the file as UTF-8")
    public static let excelNeedsCSV = Message(
        "io.export.excelNeedsCSV",
        zh: "--excel 只用于 CSV，而输出格式是 {format}：请给 --format csv 或以 .csv 结尾的 --out",
        en: "--excel is for CSV, and the output is {format}: give --format csv or an --out ending in .csv")
    public static let needsFile = Message(
        "io.format.needsFile",
        zh: "{format} 格式只能写入或读取文件，不能用标准输入输出：请给出文件名（--out FILE）",
        en: "{format} is written to and read from a file, not standard input or output: give a file name (--out FILE)")
    public static let gdalFailed = Message(
        "io.gdal.failed",
        zh: "无法{use} {path}：{reason}",
        en: "cannot {use} {path}: {reason}")
    public static let shapefilePartMissing = Message(
        "io.gdal.shapefilePart",
        zh: "缺少 {part}（Shapefile 由 .shp、.shx 和 .dbf 共同组成）",
        en: "{part} is missing (a Shapefile is its .shp, .shx and .dbf together)")
    public static let whichLayer = Message(
        "io.gdal.whichLayer",
        zh: "文件含有 {count} 个图层（{names}），且没有一个名为 {layer}：请先用 ogr2ogr 取出所需图层",
        en: "the file holds {count} layers ({names}) and none is named {layer}: take the one you mean out with ogr2ogr first")

    public static let all = [undecodableTitle, neitherUTF8NorGB18030, notGB18030, noGB18030Converter, excelNeedsCSV, needsFile, gdalFailed,
                             shapefilePartMissing, whichLayer]
}
