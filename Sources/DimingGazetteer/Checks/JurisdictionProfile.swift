/// 地名规则配置: the scope of the duplicate and homophone checks, the affixes that make a
/// "same name", the word lists and the severities, read from a file in `gazetteer/profiles/`
/// (default: the national rules; a county may tighten them).
///
/// PLACEHOLDER (to be replaced by the checks work).
public struct JurisdictionProfile: Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    /// The national rules.
    public static let national = JurisdictionProfile(name: "national")
}
