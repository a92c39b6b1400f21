extension Layer {
    /// 应急避难场所: emergency shelters, classed by GB 21734-2008.
    public static let shelters = Layer(
        name: "shelters",
        title: "应急避难场所 Emergency shelters",
        summary: "Emergency shelters with kind, GB 21734 grade, area and capacity.",
        geometryType: .point,
        columns: [
            LayerColumn("name", .text, required: true, summary: "名称 name"),
            LayerColumn("kind", .text, summary: "类型 outdoor (场地型) or indoor (场所型)",
                        allowedValues: ["outdoor", "indoor"]),
            LayerColumn("grade", .text, summary: "GB 21734 类别 I, II or III", allowedValues: ["I", "II", "III"]),
            LayerColumn("area_m2", .real, summary: "有效面积 effective area in m²", check: nonNegative),
            LayerColumn("capacity", .integer, summary: "容纳人数 capacity in persons", check: nonNegative),
            divisionColumn(),
            LayerColumn("address", .text, summary: "地址 address"),
        ],
        migrationID: "core-014-shelters"
    )

    static let nonNegative: @Sendable (PropertyValue) -> String? = { value in
        switch value {
        case let .integer(n) where n < 0: "must not be negative, got \(n)"
        case let .real(d) where d < 0: "must not be negative, got \(d)"
        default: nil
        }
    }
}
