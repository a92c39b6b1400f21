/// An attribute column of a layer: its name (the GeoJSON property and CSV header too), type,
/// labels and rules. The geometry column, the row id and a ``FeatureKey/uuid`` layer's `uid`
/// are not listed.
public struct LayerColumn: Sendable {
    public enum Kind: String, Sendable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
    }

    public var name: String
    public var kind: Kind
    public var isRequired: Bool
    /// What the column holds, in Chinese and English, for the map, pages and help texts.
    public var label: LocalizedText
    /// A further explanation for help texts and the API document.
    public var note: String?
    /// The unit of a number (平方米 m²), shown after values.
    public var unit: LocalizedText?
    /// The column's vocabulary with labels: the only values allowed, unless
    /// ``isOpenVocabulary`` (then the labels of the usual values, others allowed too).
    public var values: [CodedValue]?
    public var isOpenVocabulary: Bool
    /// A further check of a non-null value; returns why it is refused, or nil.
    public var check: (@Sendable (PropertyValue) -> Reason?)?
    /// The layer and column this column's value must exist in (e.g. `divisions.code`).
    public var references: (layer: String, column: String)?
    /// For a reference: the column of this layer that copies the referenced feature's name
    /// (`road` for `road_id`), kept equal to it on write and by which a feature that gives
    /// only the name finds what it references.
    public var nameCopy: (column: String, from: String)?
    /// The layer and column that a value *given* in an import must exist in once the import is
    /// written (its own rows count, in any order); values the layer's rules infer are not
    /// checked, and the table has no foreign key for it.
    public var givenValueReference: (layer: String, column: String)?

    public init(_ name: String, _ kind: Kind, required: Bool = false, label: LocalizedText, note: String? = nil,
                unit: LocalizedText? = nil, values: [CodedValue]? = nil, openVocabulary: Bool = false,
                references: (layer: String, column: String)? = nil, nameCopy: (column: String, from: String)? = nil,
                givenValueReference: (layer: String, column: String)? = nil,
                check: (@Sendable (PropertyValue) -> Reason?)? = nil) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.label = label
        self.note = note
        self.unit = unit
        self.values = values
        self.isOpenVocabulary = openVocabulary
        self.references = references
        self.nameCopy = nameCopy
        self.givenValueReference = givenValueReference
        self.check = check
    }

    /// Labels and note in one line, for help texts and the API document.
    public var summary: String {
        label.bilingual + (note.map { " (\($0))" } ?? "")
    }

    /// The only values allowed, when the column is an enumeration.
    public var allowedValues: [String]? { isOpenVocabulary ? nil : values?.map(\.value) }

    /// The value converted to the column's type, or why it cannot be.
    /// Text columns take integers too, since codes often arrive as JSON numbers.
    public func coerce(_ value: PropertyValue) -> Result<PropertyValue, LayerRuleViolation> {
        let converted: PropertyValue
        switch (kind, value) {
        case (_, .null):
            return isRequired ? .failure(violation(Reason(QueryMessages.required))) : .success(.null)
        case (.text, .string(let s)):
            converted = .string(s)
            if isRequired && s.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(violation(Reason(IOMessages.mustNotBeEmpty))) }
        case (.text, .integer(let i)): converted = .string(String(i))
        case (.integer, .integer): converted = value
        case (.integer, .real(let d)) where d == d.rounded() && abs(d) < 9e15: converted = .integer(Int64(d))
        case (.real, .integer(let i)): converted = .real(Double(i))
        case (.real, .real(let d)) where d.isFinite: converted = .real(d)
        default:
            return .failure(violation(Reason(IOMessages.wrongKind, reasons: ["kind": Reason(kindDescription), "got": Reason(value.kindMessage)])))
        }
        if let allowedValues, case let .string(s) = converted, !allowedValues.contains(s) {
            return .failure(violation(Reason(QueryMessages.notOneOf, ["text": s, "allowed": allowedValues.joined(separator: ", ")])))
        }
        if let reason = check?(converted) { return .failure(violation(reason)) }
        return .success(converted)
    }

    private var kindDescription: Message {
        switch kind {
        case .text: IOMessages.aString
        case .integer: IOMessages.anInteger
        case .real: IOMessages.aNumber
        }
    }

    private func violation(_ reason: Reason) -> LayerRuleViolation {
        LayerRuleViolation(field: name, reason: reason)
    }
}

/// A property refused by a layer's rules.
public struct LayerRuleViolation: Error, Equatable, Sendable {
    public var field: String
    public var reason: Reason

    public init(field: String, reason: Reason) {
        self.field = field
        self.reason = reason
    }
}
