/// How the 户 (household) figures count a household whose separate load-bearing structures
/// fall in two damage classes (disaster.md TC-3; the province's rule is open point 4 of §6).
/// Rooms (间) are counted in each class either way; only the household count differs.
public enum HouseholdCountRule: String, Sendable, CaseIterable {
    /// The household is counted once, in the most severe class of its dwellings
    /// (倒塌 before 严重损坏 before 一般损坏), so the classes' 户 add up to the households hit.
    case mostSevere = "most_severe"
    /// The household is counted in every class it has a dwelling in (the classes' 户 may
    /// then add up to more than the households hit).
    case eachClass = "each_class"

    /// The rule the submission path applies until the county confirms the province's.
    public static let configured = HouseholdCountRule.mostSevere
}
