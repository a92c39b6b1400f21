extension Layer {
    /// 道路: named roads, the lines house numbers and road signs follow.
    public static let roads = Layer(
        name: "roads",
        label: LocalizedText("道路", "Roads"),
        summary: "Named roads and streets as centre lines.",
        geometryType: .multiLineString,
        columns: [
            LayerColumn("name", .text, required: true, label: LocalizedText("路名", "Road name")),
            // CJJ 37 城市道路工程设计规范's classes, and roads outside towns.
            LayerColumn("class", .text, label: LocalizedText("道路等级", "Road class"), values: [
                CodedValue("expressway", "快速路", "Expressway"),
                CodedValue("arterial", "主干路", "Arterial road"),
                CodedValue("secondary", "次干路", "Secondary road"),
                CodedValue("branch", "支路", "Branch road"),
                CodedValue("rural", "乡村道路", "Rural road"),
            ]),
            divisionColumn(),
        ],
        editors: [.placenameOfficer],
        style: LayerStyle(drawer: "lines-by-class", color: "#616a6b", weight: 2, labelProperty: "name", classProperty: "class", classes: [
            .init("expressway", color: "#8e44ad", weight: 5.5),
            .init("arterial", color: "#c0392b", weight: 4.5),
            .init("secondary", color: "#e67e22", weight: 3.2),
            .init("branch", color: "#7f8c8d", weight: 2),
            .init("rural", color: "#a0826d", weight: 1.6),
        ])
    )
}
