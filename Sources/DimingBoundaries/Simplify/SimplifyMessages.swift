import DimingCore

/// The simplification's messages (`boundary.simplify.…`).
public enum SimplifyMessages {
    public static let invalidToleranceTitle = Message("boundary.simplify.invalidTolerance.title", zh: "容差无效", en: "Invalid tolerance")
    public static let invalidTolerance = Message("boundary.simplify.invalidTolerance", zh: "{field} 须为不小于 0 的米数，而不是“{value}”。",
                                                 en: "{field} must be a number of metres, 0 or more, not “{value}”.")
    public static let commandAbstract = Message("boundary.simplify.abstract", zh: "保持拓扑的简化：相邻区划的共同边界只简化一次，不产生缝隙或重叠；只写输出，不改动存储的界线。",
                                                en: "Topology-preserving simplification: each shared border simplified once, so neighbours gain no gap or overlap; writes only the output, never the stored boundaries.")
    public static let toleranceHelp = Message("boundary.simplify.tolerance.help", zh: "简化容差（米，高斯-克吕格投影）。", en: "The tolerance in metres (Gauss-Krüger).")
    public static let levelHelp = Message("boundary.simplify.level.help", zh: "简化哪一级区划（默认 county）。", en: "The level of divisions to simplify (county by default).")
    public static let codesHelp = Message("boundary.simplify.codes.help", zh: "只简化这些区划代码（逗号分隔）。", en: "Only these division codes (comma-separated).")
    public static let formatHelp = Message("boundary.simplify.format.help", zh: "输出格式：text（给人看，默认）、json 或 geojson。",
                                           en: "Output format: text (for people, the default), json or geojson.")
    public static let outputHelp = Message("boundary.simplify.output.help", zh: "写入此文件，而不是标准输出。", en: "Write to this file instead of standard output.")
    public static let summary = Message("boundary.simplify.summary", zh: "{count} 个区划，容差 {tolerance} 米（EPSG:{epsg}）：顶点 {before} → {after}，{arcs} 段弧，其中 {shared} 段为共同边界；{invalid} 个无效，{relaxed} 个以更小容差简化。",
                                        en: "{count} divisions at {tolerance} m (EPSG:{epsg}): {before} → {after} vertices, {arcs} arcs of which {shared} shared; {invalid} invalid, {relaxed} simplified at a smaller tolerance.")

    public static let all: [Message] = [invalidToleranceTitle, invalidTolerance, commandAbstract, toleranceHelp, levelHelp, codesHelp,
                                        formatHelp, outputHelp, summary]
}
