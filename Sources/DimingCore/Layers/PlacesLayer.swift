extension Layer {
    /// 地名: gazetteer entries with a representative point.
    public static let places = Layer(
        name: "places",
        title: "地名 Places",
        summary: "Gazetteer entries: settlements, natural features, landmarks.",
        geometryType: .point,
        columns: [
            LayerColumn("name", .text, required: true, summary: "标准名称 standard name"),
            LayerColumn("category", .text, summary: "类别 category, e.g. township_seat, river, mountain"),
            divisionColumn(),
        ],
        migrationID: "core-013-places"
    )
}
