/// A text an officer reads, in Chinese and English: Chinese first, English for the rest of
/// the team and for other GIS tools.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// Both, Chinese first: `道路 Roads`.
    public var bilingual: String { "\(zh) \(en)" }
}

/// One value of a column's vocabulary with its labels: `expressway` — 高速公路 Expressway.
public struct CodedValue: Sendable, Hashable {
    public var value: String
    public var label: LocalizedText

    public init(_ value: String, _ zh: String, _ en: String) {
        self.value = value
        self.label = LocalizedText(zh, en)
    }
}
