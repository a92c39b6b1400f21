import DimingCore

extension Layer {
    /// 联合检查记录: what a joint inspection round found, one feature per marker (or place along
    /// the line) per round, at the measured position (a missing marker at its registered one).
    public static let inspections = Layer(
        name: "inspections",
        label: LocalizedText("联合检查记录", "Joint inspection findings"),
        summary: "Per round of a line's joint inspection (联检), what was found at each marker or along the line, with the measured metres and the displacement.",
        geometryType: .point,
        columns: [
            LayerColumn("round", .text, required: true, label: LocalizedText("检查轮次", "Round"), note: "the round's id"),
            LayerColumn("line", .text, required: true, label: LocalizedText("所属界线", "Line")),
            LayerColumn("left_code", .text, label: LocalizedText("一侧区划代码", "Division on one side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("right_code", .text, label: LocalizedText("另一侧区划代码", "Division on the other side"),
                        references: (layer: "divisions", column: "code"), check: divisionCodeCheck),
            LayerColumn("marker", .text, label: LocalizedText("界桩编号", "Marker"), note: "empty for a finding along the line"),
            LayerColumn("kind", .text, required: true, label: LocalizedText("检查结果", "Finding"), values: FindingKind.codedValues),
            LayerColumn("inspection_date", .text, required: true, label: LocalizedText("检查日期", "Date")),
            LayerColumn("measured_x_gk", .real, label: LocalizedText("实测X（北）", "Measured X (northing)"), unit: LocalizedText("米", "m")),
            LayerColumn("measured_y_gk", .real, label: LocalizedText("实测Y（东）", "Measured Y (easting)"), unit: LocalizedText("米", "m")),
            LayerColumn("epsg", .integer, label: LocalizedText("坐标系EPSG代码", "EPSG code")),
            LayerColumn("displacement_m", .real, label: LocalizedText("位移", "Displacement"), unit: LocalizedText("米", "m")),
            LayerColumn("bearing_deg", .real, label: LocalizedText("位移方位角", "Bearing of the displacement"),
                        note: "clockwise from grid north", unit: LocalizedText("度", "°")),
            LayerColumn("within_tolerance", .integer, label: LocalizedText("在容差内", "Within tolerance"), note: "1 or 0"),
            LayerColumn("note", .text, label: LocalizedText("说明", "Note")),
            LayerColumn("recorded_by", .text, label: LocalizedText("记录人", "Recorded by")),
        ],
        editors: [],
        style: LayerStyle(drawer: "points-by-class", color: "#4575b4", radius: 5, minZoom: 12, labelProperty: "marker", classProperty: "kind", classes: [
            .init("intact", color: "#1a9850"),
            .init("damaged", color: "#fdae61"),
            .init("moved", color: "#d73027"),
            .init("missing", color: "#000000"),
            .init("construction", color: "#762a83"),
            .init("terrain", color: "#8c510a"),
        ])
    )
}
