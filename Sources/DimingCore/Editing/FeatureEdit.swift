/// What a single-feature edit did, with the feature as now stored (nil after a delete).
public struct FeatureEdit: Sendable {
    public enum Outcome: String, Sendable {
        case created, unchanged, replaced, updated, deleted
    }

    public var outcome: Outcome
    public var feature: LayerFeature?
    public var audit: AuditEntry?

    /// The stored feature's ``LayerFeature/entityTag``.
    public var entityTag: String? { feature?.entityTag }
}
