import DimingCore

extension Layer {
    /// 行政区域界线: the shared line of each pair of neighbouring divisions, derived from their
    /// polygons by `diming boundary lines` (never edited by hand: a regenerated line keeps its
    /// code, the version it replaces is kept).
    public static let boundaryLines = Layer(
        name: "boundary_lines",
        label: LocalizedText("行政区域界线", "Boundary lines"),
        summary: "The shared line of each pair of neighbouring divisions, with both codes, its length in metres and the agreement (协议书).",
        geometryType: .multiLineString,
        columns: [
            LayerColumn("code", .text, required: true, label: LocalizedText("界线编号", "Line code"),
                        note: "the two division codes, smaller first: 420505-420581"),
            LayerColumn("left_code", .text, required: true, label: LocalizedText("一侧区划代码", "Division on one side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("right_code", .text, required: true, label: LocalizedText("另一侧区划代码", "Division on the other side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("left_name", .text, label: LocalizedText("一侧名称", "Name on one side")),
            LayerColumn("right_name", .text, label: LocalizedText("另一侧名称", "Name on the other side")),
            // The divisions' own vocabulary, so that the map's legend names the classes (省级 …).
            LayerColumn("level", .text, label: LocalizedText("级别", "Level"), note: "the level of the two divisions",
                        values: DivisionLevel.allCases.map { CodedValue($0.rawValue, $0.label.zh, $0.label.en) }),
            LayerColumn("length_m", .real, label: LocalizedText("长度", "Length"), note: "in the division's Gauss-Krüger zone",
                        unit: LocalizedText("米", "m")),
            LayerColumn("agreement", .text, label: LocalizedText("界线协议书", "Agreement"), note: "协议书 reference"),
            LayerColumn("description", .text, label: LocalizedText("界线走向说明", "Course description")),
            LayerColumn("version", .integer, label: LocalizedText("版本", "Version"), note: "1 for the first derivation; earlier versions are kept"),
            LayerColumn("tolerance_m", .real, label: LocalizedText("吻合容差", "Snapping tolerance"), unit: LocalizedText("米", "m")),
            LayerColumn("derived_at", .text, label: LocalizedText("生成时间", "Derived at")),
        ],
        key: .attribute("code"),
        editors: [],
        style: LayerStyle(drawer: "lines-by-class", color: "#b2182b", weight: 3, labelProperty: "code", classProperty: "level", classes: [
            .init("province", color: "#67001f", weight: 4),
            .init("city", color: "#980043", weight: 3.5),
            .init("county", color: "#b2182b", weight: 3),
            .init("township", color: "#d6604d", weight: 2),
        ])
    )
}
