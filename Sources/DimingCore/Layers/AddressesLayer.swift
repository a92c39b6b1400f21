extension Layer {
    /// 门牌: house-number points along roads. Each points at its road by the road's id, and
    /// carries the road's name (kept equal to it when the road is renamed), so exports and
    /// other GIS tools show the name without a join.
    public static let addresses = Layer(
        name: "addresses",
        label: LocalizedText("门牌", "House numbers"),
        summary: "House-number points: the road they are numbered along, number and suffix (e.g. 附1).",
        geometryType: .point,
        columns: [
            LayerColumn("road", .text, label: LocalizedText("路名", "Road name"),
                        note: "the road's name, copied from the road; given without road_id, it must name exactly one road"),
            LayerColumn("number", .integer, required: true, label: LocalizedText("门牌号", "House number"),
                        unit: LocalizedText("号", "")) { value in
                if case let .integer(n) = value, n <= 0 { return Reason(IOMessages.notPositive, ["value": String(n)]) }
                return nil
            },
            LayerColumn("suffix", .text, label: LocalizedText("附号", "Suffix"), note: "e.g. 附1"),
            divisionColumn(),
            LayerColumn("road_id", .text, label: LocalizedText("道路编号", "Road id"),
                        note: "the id of the road in roads; when absent, the road is found by its name in road",
                        references: (layer: "roads", column: FeatureKey.uuidColumn), nameCopy: (column: "road", from: "name")),
        ],
        editors: [.placenameOfficer],
        style: LayerStyle(drawer: "house-numbers", color: "#2c3e50", radius: 3, minZoom: 14,
                          labelProperty: "road", secondaryLabelProperty: "number")
    )
}
