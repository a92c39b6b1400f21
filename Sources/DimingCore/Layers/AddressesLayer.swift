extension Layer {
    /// 门牌: house-number points along roads.
    public static let addresses = Layer(
        name: "addresses",
        title: "门牌 House numbers",
        summary: "House-number points: road, number and suffix (e.g. 附1).",
        geometryType: .point,
        columns: [
            LayerColumn("road", .text, required: true, summary: "路名 road name"),
            LayerColumn("number", .integer, required: true, summary: "门牌号 house number") { value in
                if case let .integer(n) = value, n <= 0 { return "must be a positive integer, got \(n)" }
                return nil
            },
            LayerColumn("suffix", .text, summary: "附号 suffix, e.g. 附1"),
            divisionColumn(),
        ],
        migrationID: "core-012-addresses"
    )
}
