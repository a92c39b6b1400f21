/// A feature as read from a layer's table: its public id (a division's code, else the row id),
/// its properties in column order and its geometry.
public struct LayerFeature: Sendable {
    /// The internal row id, which orders pages and is the paging cursor.
    public var rowID: Int64
    public var id: FeatureID
    public var properties: [(name: String, value: PropertyValue)]
    public var geometry: Geometry?

    public var idText: String { id.text }
}

/// One page of a feature query.
public struct FeaturePage: Sendable {
    public var features: [LayerFeature]
    /// The number of features matching the query over all pages, when it was cheap to know
    /// (see ``FeatureProvider/page(_:in:)``).
    public var numberMatched: Int?
    /// The cursor of the next page, nil on the last one.
    public var nextCursor: Int64?
}

/// What a streamed page was, once its features have been handed out.
public struct FeaturePageSummary: Sendable, Equatable {
    public var numberReturned: Int
    public var numberMatched: Int?
    /// The cursor of the next page, nil on the last one.
    public var nextCursor: Int64?
}
