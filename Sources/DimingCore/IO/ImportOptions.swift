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
    /// Replace a feature whose key (a division's code) exists instead of refusing it.
    public var upsert: Bool
    /// Who imports, for the audit log (`local:<user>`); nil records nothing.
    public var auditUser: String?
    /// The frame of the file's coordinates; GCJ-02 and BD-09 are converted before any check.
    public var sourceFrame: SourceFrame = .cgcs2000

    public init(format: FeatureFormat? = nil, propertyMap: [String: String] = [:],
                defaults: [String: PropertyValue] = [:], replace: Bool = false, checkValidity: Bool = true,
                upsert: Bool = false, auditUser: String? = nil) {
        self.format = format
        self.propertyMap = propertyMap
        self.defaults = defaults
        self.replace = replace
        self.checkValidity = checkValidity
        self.upsert = upsert
        self.auditUser = auditUser
    }
}

/// What an import did.
public struct ImportSummary: Sendable, Equatable {
    public var layer: String
    public var inserted: Int
    /// Existing features replaced by `upsert`.
    public var updated: Int = 0
    /// Rows removed first by `replace`.
    public var removed: Int
    /// Source properties that match no column, sorted.
    public var ignoredProperties: [String]
}

extension ImportSummary {
    /// The summary as the audit log's `after` text.
    func auditJSON(source: String?) -> String {
        var out = JSONOutput(capacity: 128)
        out.append("{\"source\":")
        if let source { out.appendString(source) } else { out.append("null") }
        out.append(",\"inserted\":"); out.appendInteger(Int64(inserted))
        out.append(",\"updated\":"); out.appendInteger(Int64(updated))
        out.append(",\"removed\":"); out.appendInteger(Int64(removed))
        out.append("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
