import DimingCore

/// `diming boundary markers …` help and output texts.
public enum MarkersHelpMessages {
    public static let abstract = Message("boundary.markers.help.abstract", zh: "界桩：导入、导出界桩登记表，列出界桩。",
                                         en: "Boundary markers: import and export the marker register (界桩登记表), list markers.")
    public static let discussion = Message("boundary.markers.help.discussion",
        zh: "登记表为CSV（UTF-8，可带BOM，或GB18030），表头：界桩编号,所属界线,类型,材质,X坐标,Y坐标,坐标系,高程,位置,方位物,登记日期,备注（也接受 number,line,type_code,material,x,y,epsg,height_m,location,reference_objects,registered_on,note）。X 为北坐标，Y 为东坐标（米，CGCS2000高斯-克吕格3度带）；Y 大于 1 000 000 时带带号（如 37 带为 EPSG:4525），否则默认 EPSG:4546。方位物写作 名称|方位角|距离;…。整个文件在一个事务中导入：任一行有错则不写入任何数据。",
        en: "The register is CSV (UTF-8 with or without BOM, or GB18030) with the headers 界桩编号,所属界线,类型,材质,X坐标,Y坐标,坐标系,高程,位置,方位物,登记日期,备注 (or number,line,type_code,material,x,y,epsg,height_m,location,reference_objects,registered_on,note). X is the northing, Y the easting (metres, CGCS2000 3-degree Gauss-Krüger); a Y above 1 000 000 carries the zone prefix (zone 37 is EPSG:4525), otherwise EPSG:4546 is assumed. Reference objects are written name|bearing|distance;… The whole file is one transaction: a bad row writes nothing.")
    public static let importAbstract = Message("boundary.markers.help.import", zh: "导入界桩登记表（CSV）：新编号登记，已有编号更新。",
                                               en: "Import a marker register (CSV): new numbers are registered, known ones updated.")
    public static let exportAbstract = Message("boundary.markers.help.export", zh: "导出一条界线的界桩登记表（CSV，UTF-8带BOM）。",
                                               en: "Export a line's marker register (CSV, UTF-8 with BOM).")
    public static let listAbstract = Message("boundary.markers.help.list", zh: "列出界桩（可按界线）。", en: "List markers (of one line).")
    public static let file = Message("boundary.markers.help.file", zh: "界桩登记表CSV文件", en: "The marker register CSV file")
    public static let line = Message("boundary.markers.help.line", zh: "界线代码，如 420505-420581", en: "The line's code, e.g. 420505-420581")
    public static let output = Message("boundary.markers.help.output", zh: "写入该文件（默认标准输出）", en: "Write to this file (default: standard output)")
    public static let format = Message("boundary.markers.help.format", zh: "输出格式", en: "Output format")
    public static let imported = Message("boundary.markers.imported", zh: "已导入：新登记 {added} 颗，更新 {updated} 颗", en: "imported: {added} registered, {updated} updated")
    public static let listHeader = Message("boundary.markers.listHeader", zh: "编号|界线|X（北）|Y（东）|EPSG|经度|纬度|状况",
                                           en: "number|line|X (north)|Y (east)|EPSG|lon|lat|status")

    public static let all: [Message] = [abstract, discussion, importAbstract, exportAbstract, listAbstract, file, line, output, format, imported, listHeader]
}
