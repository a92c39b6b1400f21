/// A feature property as read from GeoJSON or CSV, or from a layer column.
///
/// Nested JSON objects and arrays are kept as their JSON text, so that they can be refused
/// for a typed column with a clear message, or written back unchanged.
public enum PropertyValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case string(String)
    case json(String)

    /// What the value is, in the words of an error message.
    /// The kind of value, for a message in either language.
    public var kindMessage: Message {
        switch self {
        case .null: IOMessages.null
        case .bool: IOMessages.aBoolean
        case .integer, .real: IOMessages.aNumber
        case .string: IOMessages.aString
        case let .json(text): text.hasPrefix("[") ? IOMessages.anArray : IOMessages.anObject
        }
    }

    public var kindName: String { kindMessage.en }
}

/// A GeoJSON feature identifier: RFC 7946 §3.2 allows a string or a number.
public enum FeatureID: Hashable, Sendable {
    case string(String)
    case integer(Int64)

    /// The id as text, as it appears in URLs and audit entries.
    public var text: String {
        switch self {
        case let .string(s): s
        case let .integer(i): String(i)
        }
    }
}

/// One feature of any format: its optional id, its properties and its geometry.
public struct Feature: Sendable {
    public var id: FeatureID?
    public var properties: [String: PropertyValue]
    public var geometry: Geometry?

    public init(id: FeatureID? = nil, properties: [String: PropertyValue] = [:], geometry: Geometry?) {
        self.id = id
        self.properties = properties
        self.geometry = geometry
    }
}
