extension Layer {
    /// 应急避难场所: emergency shelters, classed by GB 21734-2008.
    public static let shelters = Layer(
        name: "shelters",
        label: LocalizedText("应急避难场所", "Emergency shelters"),
        summary: "Emergency shelters with kind, GB 21734 grade, area and capacity.",
        geometryType: .point,
        columns: [
            LayerColumn("name", .text, required: true, label: LocalizedText("名称", "Name")),
            LayerColumn("kind", .text, label: LocalizedText("类型", "Kind"), values: [
                CodedValue("outdoor", "场地型", "Outdoor"),
                CodedValue("indoor", "场所型", "Indoor"),
            ]),
            LayerColumn("grade", .text, label: LocalizedText("类别", "Grade"), note: "GB 21734", values: [
                CodedValue("I", "Ⅰ类", "Grade I"),
                CodedValue("II", "Ⅱ类", "Grade II"),
                CodedValue("III", "Ⅲ类", "Grade III"),
            ]),
            LayerColumn("area_m2", .real, label: LocalizedText("有效面积", "Effective area"),
                        unit: LocalizedText("平方米", "m²"), check: nonNegative),
            LayerColumn("capacity", .integer, label: LocalizedText("容纳人数", "Capacity"),
                        unit: LocalizedText("人", "persons"), check: nonNegative),
            divisionColumn(),
            LayerColumn("address", .text, label: LocalizedText("地址", "Address")),
        ],
        editors: [.disasterReviewer],
        style: LayerStyle(drawer: "points-by-class", color: "#1e8449", radius: 8, labelProperty: "name", classProperty: "kind", classes: [
            .init("outdoor", color: "#1e8449"),
            .init("indoor", color: "#117864"),
        ])
    )

    public static let nonNegative: @Sendable (PropertyValue) -> Reason? = { value in
        switch value {
        case let .integer(n) where n < 0: Reason(IOMessages.negative, ["value": String(n)])
        case let .real(d) where d < 0: Reason(IOMessages.negative, ["value": "\(d)"])
        default: nil
        }
    }
}
