import DimingCore

/// What to export: named lines and divisions, or all of a kind, with or without markers,
/// simplified or as stored.
public struct BoundaryExportRequest: Sendable, Equatable {
    /// Line codes (`420505-420581`) and division codes (6, 9 or 12 digits), in output order.
    public var codes: [String]
    /// Every division of this level, after the named ones.
    public var level: DivisionLevel?
    /// Every boundary line, after the named ones.
    public var allLines: Bool
    /// The markers of every line exported, after their line.
    public var markers: Bool
    /// A topology-preserving simplification at this tolerance in metres; nil for the stored vertices.
    public var simplify: Double?
    /// The parameter that named the codes, for errors (`codes` over HTTP, `names` on the command line).
    public var field: String

    public init(codes: [String], level: DivisionLevel? = nil, allLines: Bool = false, markers: Bool = false, simplify: Double? = nil,
                field: String = "codes") {
        self.codes = codes; self.level = level; self.allLines = allLines; self.markers = markers; self.simplify = simplify
        self.field = field
    }
}

/// A feature of an export, written as it is by the core's GeoJSON writers.
public struct ExportedFeature: Sendable, Equatable {
    public var id: FeatureID
    public var properties: [Property]
    public var geometry: Geometry

    public struct Property: Sendable, Equatable {
        public var name: String
        public var value: PropertyValue
    }

    public init(id: FeatureID, properties: [(String, PropertyValue)], geometry: Geometry) {
        self.id = id
        self.properties = properties.map { Property(name: $0.0, value: $0.1) }
        self.geometry = geometry
    }

    public func property(_ name: String) -> PropertyValue? { properties.first { $0.name == name }?.value }
}
