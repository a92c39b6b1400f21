extension Layer {
    /// 地名: gazetteer entries with a representative point.
    public static let places = Layer(
        name: "places",
        label: LocalizedText("地名", "Places"),
        summary: "Gazetteer entries: settlements, natural features, landmarks.",
        geometryType: .point,
        columns: [
            LayerColumn("name", .text, required: true, label: LocalizedText("标准名称", "Standard name")),
            LayerColumn("category", .text, label: LocalizedText("类别", "Category"), values: [
                CodedValue("township_seat", "乡镇驻地", "Township seat"),
                CodedValue("village", "村庄", "Village"),
                CodedValue("river", "河流", "River"),
                CodedValue("lake", "湖泊", "Lake"),
                CodedValue("reservoir", "水库", "Reservoir"),
                CodedValue("mountain", "山峰", "Mountain"),
                CodedValue("bridge", "桥梁", "Bridge"),
                CodedValue("dam", "水坝", "Dam"),
                CodedValue("station", "车站", "Station"),
                CodedValue("heritage_site", "文物古迹", "Heritage site"),
            ], openVocabulary: true),
            divisionColumn(),
        ],
        editors: [.placenameOfficer],
        style: LayerStyle(drawer: "points-by-class", color: "#6c3483", radius: 5, labelProperty: "name", classProperty: "category", classes: [
            .init("township_seat", color: "#6c3483", radius: 7),
            .init("river", color: "#1f618d"),
            .init("lake", color: "#1f618d"),
            .init("reservoir", color: "#1f618d"),
            .init("mountain", color: "#6e2c00"),
            .init("bridge", color: "#515a5a"),
            .init("dam", color: "#515a5a"),
            .init("heritage_site", color: "#b9770e"),
        ])
    )
}
