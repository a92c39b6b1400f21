/// A feature layer: one SpatiaLite table with a registered geometry column and spatial index,
/// one OGC API collection, one entry in `diming layers`, one drawer on the web map.
///
/// Everything the tools know about a layer is here: its columns and rules, its Chinese and
/// English labels, who may write it, how the map draws it. Adding a layer is one file that
/// defines a `static let` of this type and its frozen migration, plus one entry in its
/// module's list; import, export, `layers`, the roles, the server and the map read the
/// definition.
public struct Layer: Sendable {
    /// Table name and collection id: one plural snake_case word (`divisions`).
    public let name: String
    public let label: LocalizedText
    public let summary: String
    public let geometryType: GeometryType
    public let columns: [LayerColumn]
    /// What a feature's public id is; see ``FeatureKey``.
    public let key: FeatureKey
    /// The roles that may create, change and delete features (admins may always).
    public let editors: Set<Role>
    public let style: LayerStyle
    /// Rules across columns, run after each column is coerced (e.g. a division's level
    /// inferred from its code). Throws the first violation.
    public let normalize: @Sendable (inout [String: PropertyValue]) throws(LayerRuleViolation) -> Void

    public init(name: String, label: LocalizedText, summary: String, geometryType: GeometryType,
                columns: [LayerColumn], key: FeatureKey = .uuid, editors: Set<Role>, style: LayerStyle,
                normalize: @escaping @Sendable (inout [String: PropertyValue]) throws(LayerRuleViolation) -> Void = { _ throws(LayerRuleViolation) in }) {
        self.name = name
        self.label = label
        self.summary = summary
        self.geometryType = geometryType
        self.columns = columns
        self.key = key
        self.editors = editors
        self.style = style
        self.normalize = normalize
    }

    /// Chinese and English title: `行政区划 Administrative divisions`.
    public var title: String { label.bilingual }

    /// The geometry column of every layer.
    public static let geometryColumn = "geom"

    /// The column holding the public id: an attribute (`code`) or the hidden `uid`.
    public var keyColumn: String { key.column }

    public func column(named name: String) -> LayerColumn? {
        columns.first { $0.name == name }
    }

    /// Whether `role` may write this layer.
    public func isEditable(by role: Role) -> Bool {
        role == .admin || editors.contains(role)
    }
}

/// What a feature's public id is: stable for the life of the feature, so that links, audit
/// entries and references (an address's road) keep pointing at it across edits.
public enum FeatureKey: Sendable, Equatable {
    /// The value of an attribute the client gives (a division's `code`).
    case attribute(String)
    /// A UUID in the hidden column `uid`: given by the client as the feature's `id` (so a
    /// retried create is recognized), else made by Diming.
    case uuid

    /// The column of the hidden id of ``uuid`` layers.
    public static let uuidColumn = "uid"

    public var column: String {
        switch self {
        case let .attribute(name): name
        case .uuid: Self.uuidColumn
        }
    }
}
