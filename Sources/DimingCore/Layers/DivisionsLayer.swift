extension Layer {
    /// 行政区划: administrative divisions from province down to village, as multipolygons.
    ///
    /// `level` and `parent` may be left out: they follow from the code (`420581` is a county
    /// whose parent is `420500`), and an inferred parent need not be in the database, so that
    /// the top of a file (a county imported alone) can be imported. Given explicitly, `level`
    /// must agree with the code, and `parent` must contain the code (`429004` may name `420000`)
    /// and exist by the end of the import: in the database or anywhere in the same file.
    public static let divisions = Layer(
        name: "divisions",
        label: LocalizedText("行政区划", "Administrative divisions"),
        summary: "Provinces, cities, counties, townships and villages with their GB/T 2260 codes.",
        geometryType: .multiPolygon,
        columns: [
            LayerColumn("code", .text, required: true, label: LocalizedText("区划代码", "Division code"),
                        note: "6, 9 or 12 digits", check: divisionCodeCheck),
            LayerColumn("name", .text, required: true, label: LocalizedText("名称", "Name")),
            LayerColumn("level", .text, label: LocalizedText("级别", "Level"), note: "inferred from the code when absent",
                        values: DivisionLevel.allCases.map { CodedValue($0.rawValue, $0.label.zh, $0.label.en) }),
            LayerColumn("parent", .text, label: LocalizedText("上级区划代码", "Parent code"),
                        note: "inferred from the code when absent; given, it must exist",
                        givenValueReference: (layer: "divisions", column: "code"), check: divisionCodeCheck),
        ],
        key: .attribute("code"),
        editors: [.boundaryInspector],
        style: LayerStyle(drawer: "areas-by-level", color: "#7a6a58", weight: 1, labelProperty: "name", classProperty: "level", classes: [
            .init("province", color: "#555555", weight: 3),
            .init("city", color: "#6b5b95", weight: 2.5),
            .init("county", color: "#8c2d04", weight: 2),
            .init("township", color: "#d94801", weight: 1.3),
            .init("village", color: "#a63603", weight: 0.8),
        ]),
        normalize: { (properties: inout [String: PropertyValue]) throws(LayerRuleViolation) in
            guard case let .string(text)? = properties["code"], let code = DivisionCode(text) else { return }
            if case let .string(levelText)? = properties["level"], let level = DivisionLevel(rawValue: levelText) {
                guard code.allowedLevels.contains(level) else {
                    throw LayerRuleViolation(field: "level", reason: Reason(IOMessages.levelMismatch, ["level": levelText, "code": text],
                                                                        reasons: ["codeLevel": Reason(code.level.message)]))
                }
            } else {
                properties["level"] = .string(code.level.rawValue)
            }
            if case let .string(parentText)? = properties["parent"] {
                if let parent = DivisionCode(parentText), !parent.contains(code) {
                    throw LayerRuleViolation(field: "parent", reason: Reason(IOMessages.parentMismatch, ["parent": parentText, "code": text]))
                }
            } else if let parent = code.impliedParent {
                properties["parent"] = .string(parent.digits)
            }
        }
    )

    /// The check shared by every column that holds a division code.
    public static let divisionCodeCheck: @Sendable (PropertyValue) -> Reason? = { value in
        guard case let .string(text) = value, DivisionCode(text) == nil else { return nil }
        return Reason(IOMessages.divisionCode, ["text": text])
    }

    /// A column holding the code of the division a feature lies in, which must exist.
    public static func divisionColumn(label: LocalizedText = LocalizedText("所属区划", "Division"),
                                      required: Bool = false) -> LayerColumn {
        LayerColumn("division", .text, required: required, label: label, note: "the code of the division the feature lies in",
                    references: (layer: "divisions", column: "code"), check: divisionCodeCheck)
    }
}
