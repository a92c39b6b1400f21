/// How a file's features become rows of a layer.
public struct ImportOptions: Sendable {
    /// The file's format; detected from the name and first bytes when nil.
    public var format: FeatureFormat?
    /// Column ← source property, for files whose property names differ (`code` ← `adcode`).
    public var propertyMap: [String: String]
    /// Column ← value used when a feature has no value for the column.
    public var defaults: [String: PropertyValue]
    /// Empty the layer first, in the same transaction.
    public var replace: Bool
    /// Check each geometry with GEOS (`ST_IsValid`: self-intersections, bad holes).
    public var checkValidity: Bool

    public init(format: FeatureFormat? = nil, propertyMap: [String: String] = [:],
                defaults: [String: PropertyValue] = [:], replace: Bool = false, checkValidity: Bool = true) {
        self.format = format
        self.propertyMap = propertyMap
        self.defaults = defaults
        self.replace = replace
        self.checkValidity = checkValidity
    }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var layer: String
    public var inserted: Int
    /// Rows removed first by `replace`.
    public var removed: Int
    /// Source properties that match no column, sorted.
    public var ignoredProperties: [String]
}
