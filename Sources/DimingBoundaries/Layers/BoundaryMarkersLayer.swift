import DimingCore

extension Layer {
    /// 界桩: the boundary markers of the lines, as in the 界桩登记表 — written by
    /// `diming boundary markers import` and the inspections, which keep the surveyed metres,
    /// the lon/lat point and the current status together.
    public static let boundaryMarkers = Layer(
        name: "boundary_markers",
        label: LocalizedText("界桩", "Boundary markers"),
        summary: "Boundary markers (界桩) with number, type, material, surveyed CGCS2000 Gauss-Krüger metres and EPSG code, and their status from the latest inspection.",
        geometryType: .point,
        columns: [
            LayerColumn("number", .text, required: true, label: LocalizedText("界桩编号", "Marker number"), note: "as printed on the marker"),
            LayerColumn("line", .text, required: true, label: LocalizedText("所属界线", "Line"), note: "the line's code"),
            LayerColumn("left_code", .text, label: LocalizedText("一侧区划代码", "Division on one side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("right_code", .text, label: LocalizedText("另一侧区划代码", "Division on the other side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("sequence", .integer, label: LocalizedText("序号", "Sequence"), check: nonNegative),
            LayerColumn("type_code", .text, label: LocalizedText("类型码", "Type code"), note: "GB/T 17796: Q single, A/B paired, C/D/E tripled",
                        values: [CodedValue("Q", "单立", "Single"), CodedValue("A", "双立A", "Paired A"), CodedValue("B", "双立B", "Paired B"),
                                 CodedValue("C", "三立C", "Tripled C"), CodedValue("D", "三立D", "Tripled D"), CodedValue("E", "三立E", "Tripled E")]),
            LayerColumn("kind", .text, label: LocalizedText("界桩类型", "Kind"),
                        values: [CodedValue("single", "单立", "Single"), CodedValue("paired", "同号双立", "Paired"), CodedValue("tripled", "同号三立", "Tripled")]),
            LayerColumn("material", .text, label: LocalizedText("材质", "Material"),
                        values: [CodedValue("granite", "花岗岩", "Granite"), CodedValue("concrete", "混凝土", "Concrete"), CodedValue("steel", "钢质", "Steel")],
                        openVocabulary: true),
            LayerColumn("x_cgcs2000_gk", .real, required: true, label: LocalizedText("X坐标（北）", "X (northing)"),
                        note: "CGCS2000 Gauss-Krüger", unit: LocalizedText("米", "m")),
            LayerColumn("y_cgcs2000_gk", .real, required: true, label: LocalizedText("Y坐标（东）", "Y (easting)"),
                        note: "CGCS2000 Gauss-Krüger, with the zone prefix when the EPSG code has one", unit: LocalizedText("米", "m")),
            LayerColumn("epsg", .integer, required: true, label: LocalizedText("坐标系EPSG代码", "EPSG code"), note: "4546, or 4525 with the zone prefix"),
            LayerColumn("height_m", .real, label: LocalizedText("高程", "Height"), unit: LocalizedText("米", "m")),
            LayerColumn("location", .text, label: LocalizedText("位置", "Location")),
            LayerColumn("reference_objects", .text, label: LocalizedText("方位物", "Reference objects"),
                        note: "JSON: [{\"name\", \"bearing_deg\", \"distance_m\"}]"),
            LayerColumn("photos", .text, label: LocalizedText("照片", "Photos"), note: "JSON array of attachment ids or file names"),
            LayerColumn("registered_on", .text, label: LocalizedText("登记日期", "Registered on")),
            LayerColumn("status", .text, label: LocalizedText("状态", "Status"), note: "from the latest inspection",
                        values: MarkerCondition.codedValues),
            LayerColumn("note", .text, label: LocalizedText("备注", "Note")),
        ],
        key: .attribute("number"),
        editors: [],
        style: LayerStyle(drawer: "points-by-class", color: "#b2182b", radius: 6, labelProperty: "number", classProperty: "status", classes: [
            .init("intact", color: "#1a9850"),
            .init("damaged", color: "#fdae61"),
            .init("moved", color: "#d73027"),
            .init("missing", color: "#000000"),
        ])
    )
}
