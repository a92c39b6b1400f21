import DimingCore
import Foundation

/// 地名规则配置: the scope of the duplicate and homophone checks, the affixes that make a
/// "same name", the word lists, the generics of each class and the severities, read from a
/// JSON file in `gazetteer/profiles/` (default `national.json`; a county tightens it with a
/// file that `extends` it). See `gazetteer/README.md` for the file's fields.
public struct JurisdictionProfile: Sendable, Hashable {
    public var name: String
    public var title: LocalizedText
    /// Where duplicates count, by key: `category:generic`, `class:generic`, category, class
    /// or `default` (the first that is set wins).
    public var scopes: [String: CheckScope.Level]
    /// Prefixes that make the same name when added or removed (新, 大, 老); `{county}` and
    /// `{city}` stand for the name of the proposal's county or city without its generic.
    public var affixes: [String]
    /// Rule key (`N-DUP`, `N-PERSON-LEADER` …) → severity; a rule absent here is not checked.
    public var severities: [String: NamingFinding.Severity]
    /// Rule key → the words it looks for (person names, foreign names, brands), loaded.
    public var words: [String: [String]]
    /// Class or category → the generics (通名) a name of it may end with; N-STRUCT and
    /// N-STACK check only the classes listed.
    public var generics: [String: [String]]
    /// Class or category → the generics that may not be followed by another (大厦广场, 苑公寓).
    public var stackable: [String: [String]]
    /// Why the profile could not be loaded (`national` when `gazetteer/` is missing): the
    /// checker refuses to run rather than find nothing.
    public var problem: NamingCheckError?

    public init(name: String, title: LocalizedText? = nil, scopes: [String: CheckScope.Level] = [:], affixes: [String] = [],
                severities: [String: NamingFinding.Severity] = [:], words: [String: [String]] = [:],
                generics: [String: [String]] = [:], stackable: [String: [String]] = [:], problem: NamingCheckError? = nil) {
        self.name = name
        self.title = title ?? LocalizedText(name, name)
        self.scopes = scopes
        self.affixes = affixes
        self.severities = severities
        self.words = words
        self.generics = generics
        self.stackable = stackable
        self.problem = problem
    }

    /// The national rules, `gazetteer/profiles/national.json`.
    public static let national: JurisdictionProfile = {
        do { return try named("national") } catch {
            let problem = error as? NamingCheckError ?? .badProfile(path: "national", reason: "\(error)")
            return JurisdictionProfile(name: "national", problem: problem)
        }
    }()

    /// The scope level for a name of `category` ending with `generic`.
    public func scopeLevel(for category: PlaceCategory, generic: String) -> CheckScope.Level {
        let cls = category.placeClass.rawValue, cat = category.rawValue
        let keys = generic.isEmpty ? [cat, cls, "default"] : ["\(cat):\(generic)", "\(cls):\(generic)", cat, cls, "default"]
        return keys.lazy.compactMap { scopes[$0] }.first ?? .township
    }

    /// The generics a name of `category` may end with, or nil when the profile checks no structure for it.
    public func generics(for category: PlaceCategory) -> [String]? {
        generics[category.rawValue] ?? generics[category.placeClass.rawValue]
    }

    func stackable(for category: PlaceCategory) -> [String] {
        stackable[category.rawValue] ?? stackable[category.placeClass.rawValue] ?? []
    }
}
