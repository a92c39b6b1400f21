/// A feature layer: one SpatiaLite table with a registered geometry column and spatial index,
/// one OGC API collection, one entry in `diming layers`.
///
/// Adding a layer is one file that defines a `static let` of this type, plus one entry in
/// ``LayerCatalog``; the catalog's migrations create the table from the definition, and
/// import, export, `layers` and the server read the same definition.
public struct Layer: Sendable {
    /// Table name and collection id: one plural snake_case word (`divisions`).
    public let name: String
    /// A human title, Chinese first (`行政区划 Administrative divisions`).
    public let title: String
    public let summary: String
    public let geometryType: GeometryType
    public let columns: [LayerColumn]
    /// The column that names a feature (a division's `code`); feature ids use it when set.
    public let keyColumn: String?
    /// The migration that creates the table; never renamed once released.
    public let migrationID: String
    /// Rules across columns, run after each column is coerced (e.g. a division's level
    /// inferred from its code). Throws the first violation.
    public let normalize: @Sendable (inout [String: PropertyValue]) throws(LayerRuleViolation) -> Void

    public init(name: String, title: String, summary: String, geometryType: GeometryType,
                columns: [LayerColumn], keyColumn: String? = nil, migrationID: String,
                normalize: @escaping @Sendable (inout [String: PropertyValue]) throws(LayerRuleViolation) -> Void = { _ throws(LayerRuleViolation) in }) {
        self.name = name
        self.title = title
        self.summary = summary
        self.geometryType = geometryType
        self.columns = columns
        self.keyColumn = keyColumn
        self.migrationID = migrationID
        self.normalize = normalize
    }

    /// The geometry column of every layer.
    public static let geometryColumn = "geom"

    public func column(named name: String) -> LayerColumn? {
        columns.first { $0.name == name }
    }
}
