/// A JSON merge patch of a feature (RFC 7396): the properties it names take the given values
/// (null empties one), a geometry replaces the geometry; everything else is kept.
public struct FeaturePatch: Sendable {
    public var properties: [String: PropertyValue]
    public var geometry: Geometry?

    public init(properties: [String: PropertyValue] = [:], geometry: Geometry? = nil) {
        self.properties = properties
        self.geometry = geometry
    }

    /// The feature with the patch applied.
    func applied(to feature: LayerFeature) -> Feature {
        var merged = [String: PropertyValue]()
        for (name, value) in feature.properties { merged[name] = value }
        for (name, value) in properties { merged[name] = value }
        return Feature(id: feature.id, properties: merged, geometry: geometry ?? feature.geometry)
    }
}
