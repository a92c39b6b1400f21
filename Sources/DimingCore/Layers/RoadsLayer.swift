extension Layer {
    /// 道路: named roads, the lines house numbers and road signs follow.
    public static let roads = Layer(
        name: "roads",
        title: "道路 Roads",
        summary: "Named roads and streets as centre lines.",
        geometryType: .multiLineString,
        columns: [
            LayerColumn("name", .text, required: true, summary: "路名 road name"),
            LayerColumn("class", .text, summary: "道路等级 road class",
                        allowedValues: ["expressway", "arterial", "secondary", "branch", "rural"]),
            divisionColumn(),
        ],
        migrationID: "core-011-roads"
    )
}
