import DimingCore

/// 界桩状况: a marker's condition as a joint inspection records it (民政部令第28号 第三条).
public enum MarkerCondition: String, Sendable, Codable, CaseIterable {
    case intact       // 完好
    case damaged      // 损坏
    case moved        // 移位
    case missing      // 丢失

    public var label: LocalizedText {
        switch self {
        case .intact: LocalizedText("完好", "Intact")
        case .damaged: LocalizedText("损坏", "Damaged")
        case .moved: LocalizedText("移位", "Moved")
        case .missing: LocalizedText("丢失", "Missing")
        }
    }

    public static var codedValues: [CodedValue] { allCases.map { CodedValue($0.rawValue, $0.label.zh, $0.label.en) } }
}

/// What a finding of an inspection round is: a marker's condition, or something seen along the
/// line between markers (new construction across it, a change of terrain, a lost reference object).
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    case intact, damaged, moved, missing
    /// 跨界建设: construction across the line.
    case construction
    /// 地形地物变化: terrain or feature change that affects where the line is.
    case terrain
    /// 方位物不齐全: a reference object of a marker is gone.
    case referenceMissing = "reference_missing"
    case other

    /// The marker condition this finding records, if it is about a marker's state.
    public var markerCondition: MarkerCondition? { MarkerCondition(rawValue: rawValue) }

    public var label: LocalizedText {
        switch self {
        case .intact, .damaged, .moved, .missing: markerCondition!.label
        case .construction: LocalizedText("跨界建设", "Construction across the line")
        case .terrain: LocalizedText("地形地物变化", "Terrain change")
        case .referenceMissing: LocalizedText("方位物不齐全", "Reference object missing")
        case .other: LocalizedText("其他", "Other")
        }
    }

    public static var codedValues: [CodedValue] { allCases.map { CodedValue($0.rawValue, $0.label.zh, $0.label.en) } }
}
