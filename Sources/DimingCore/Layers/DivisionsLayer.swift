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
        title: "行政区划 Administrative divisions",
        summary: "Provinces, cities, counties, townships and villages with their GB/T 2260 codes.",
        geometryType: .multiPolygon,
        columns: [
            LayerColumn("code", .text, required: true, summary: "区划代码 division code (6, 9 or 12 digits)",
                        check: divisionCodeCheck),
            LayerColumn("name", .text, required: true, summary: "名称 name"),
            LayerColumn("level", .text, summary: "级别 level (inferred from the code when absent)",
                        allowedValues: DivisionLevel.allCases.map(\.rawValue)),
            LayerColumn("parent", .text, summary: "上级区划代码 parent code (inferred from the code when absent; given, it must exist)",
                        givenValueReference: (layer: "divisions", column: "code"), check: divisionCodeCheck),
        ],
        keyColumn: "code",
        migrationID: "core-010-divisions",
        normalize: { (properties: inout [String: PropertyValue]) throws(LayerRuleViolation) in
            guard case let .string(text)? = properties["code"], let code = DivisionCode(text) else { return }
            if case let .string(levelText)? = properties["level"], let level = DivisionLevel(rawValue: levelText) {
                guard code.allowedLevels.contains(level) else {
                    throw LayerRuleViolation(field: "level", reason: "\"\(levelText)\" does not match code \(text), which is a \(code.level.rawValue) code")
                }
            } else {
                properties["level"] = .string(code.level.rawValue)
            }
            if case let .string(parentText)? = properties["parent"] {
                if let parent = DivisionCode(parentText), !parent.contains(code) {
                    throw LayerRuleViolation(field: "parent", reason: "\"\(parentText)\" does not contain code \(text): a parent's code begins the codes of what lies in it")
                }
            } else if let parent = code.impliedParent {
                properties["parent"] = .string(parent.digits)
            }
        }
    )

    /// The check shared by every column that holds a division code.
    public static let divisionCodeCheck: @Sendable (PropertyValue) -> String? = { value in
        guard case let .string(text) = value, DivisionCode(text) == nil else { return nil }
        return "\"\(text)\" \(DivisionCode.formatRule)"
    }

    /// A column holding the code of the division a feature lies in, which must exist.
    public static func divisionColumn(summary: String = "所属区划代码 code of the division the feature lies in",
                                      required: Bool = false) -> LayerColumn {
        LayerColumn("division", .text, required: required, summary: summary,
                    references: (layer: "divisions", column: "code"), check: divisionCodeCheck)
    }
}
