import DimingCore

/// The export's messages (`boundary.export.…`).
public enum ExportMessages {
    public static let unknownCodeTitle = Message("boundary.export.unknownCode.title", zh: "没有这个代码", en: "Unknown code")
    public static let unknownCode = Message("boundary.export.unknownCode", zh: "{field}：没有代码为“{code}”的区划或界线。",
                                            en: "{field}: no division or boundary line has the code “{code}”.")
    public static let nothingToExportTitle = Message("boundary.export.nothing.title", zh: "没有要导出的内容", en: "Nothing to export")
    public static let nothingToExport = Message("boundary.export.nothing", zh: "{field}：请给出至少一个界线或区划代码。",
                                                en: "{field}: name at least one boundary line or division code.")
    public static let noProjectionTitle = Message("boundary.export.noProjection.title", zh: "无法投影", en: "Cannot project")
    public static let noProjection = Message("boundary.export.noProjection", zh: "{code} 无法转换到 EPSG:{epsg}（高斯-克吕格）。",
                                             en: "{code} cannot be transformed to EPSG:{epsg} (Gauss-Krüger).")
    public static let commandAbstract = Message("boundary.export.abstract", zh: "按 RFC 7946 导出界线和区划（GeoJSON 或 GeoJSON 文本序列）。",
                                                en: "Export boundary lines and divisions as RFC 7946 GeoJSON (or GeoJSON text sequences).")
    public static let namesHelp = Message("boundary.export.names.help", zh: "界线代码（如 420505-420581）或区划代码（6、9、12 位）。",
                                          en: "Line codes (like 420505-420581) or division codes (6, 9 or 12 digits).")
    public static let formatHelp = Message("boundary.export.format.help", zh: "geojson（默认）或 geojsonseq（RFC 8142）。",
                                           en: "geojson (the default) or geojsonseq (RFC 8142).")
    public static let simplifyHelp = Message("boundary.export.simplify.help", zh: "保持拓扑地简化，容差（米）；不改动存储的界线。",
                                             en: "Simplify, keeping shared borders identical, at this tolerance in metres; the stored boundaries are not changed.")
    public static let markersHelp = Message("boundary.export.markers.help", zh: "同时导出所列界线的界桩（含高斯-克吕格坐标与 EPSG 代码）。",
                                            en: "Also export the markers of the lines named (with their Gauss-Krüger metres and EPSG code).")
    public static let levelHelp = Message("boundary.export.level.help", zh: "导出该级别的全部区划。", en: "Export every division of this level.")
    public static let allLinesHelp = Message("boundary.export.allLines.help", zh: "导出全部界线。", en: "Export every boundary line.")

    public static let formatValues = Message("boundary.export.formatValues", zh: "应为 geojson 或 geojsonseq", en: "must be geojson or geojsonseq")
    public static let booleanValues = Message("boundary.export.booleanValues", zh: "应为 true 或 false", en: "must be true or false")

    public static let all: [Message] = [unknownCodeTitle, unknownCode, nothingToExportTitle, nothingToExport, noProjectionTitle, noProjection,
                                        commandAbstract, namesHelp, formatHelp, simplifyHelp, markersHelp, levelHelp, allLinesHelp,
                                        formatValues, booleanValues]
}
