/// 专名 + 通名: a place name split into its specific part, the one-syllable modifiers of the
/// generic (东, 西, 南, 北, 中, 小, 新, 后 …) and the generic itself. 延安东路 → 延安 · 东 · 路;
/// 长江大道 → 长江 · · 大道; 幸福 → 幸福 · · (no generic).
///
/// PLACEHOLDER (to be replaced by the pinyin work, which owns the generic dictionary): the
/// longest generic of a short built-in list that ends the name.
public struct NameParts: Sendable, Hashable, Codable {
    public var specific: String
    public var modifier: String
    public var generic: String

    public init(specific: String, modifier: String = "", generic: String) {
        self.specific = specific
        self.modifier = modifier
        self.generic = generic
    }

    static let placeholderGenerics = ["大道", "大街", "胡同", "广场", "大厦", "水库", "街道", "社区", "公园",
                                      "路", "街", "巷", "道", "桥", "山", "江", "河", "湖", "县", "市", "省", "镇", "乡", "村"]

    /// Splits `name`; `category` tells a village (one word) from a street.
    public static func split(_ name: String, category: PlaceCategory? = nil) -> NameParts {
        for generic in placeholderGenerics.sorted(by: { $0.count > $1.count }) where name.hasSuffix(generic) && name.count > generic.count {
            return NameParts(specific: String(name.dropLast(generic.count)), generic: generic)
        }
        return NameParts(specific: name, generic: "")
    }
}
