/// Turns a feature into a row of a layer: maps and coerces properties to columns, applies the
/// layer's rules, checks and promotes the geometry.
struct LayerRowBuilder {
    struct Row {
        var values: [PropertyValue]   // in layer.columns order
        var geometry: Geometry
        /// The public id: a ``FeatureKey/uuid`` layer's UUID when the feature gave one (else
        /// nil, and the writer makes one), or the key attribute's value.
        var key: String?
        /// The geometry as a SpatiaLite BLOB, encoded once by the writer for its checks and the insert.
        var blob: Data?
        /// Values of columns with a ``LayerColumn/givenValueReference`` that the feature gave
        /// (not inferred by the layer's rules), by column index.
        var givenReferences: [(column: Int, value: String)] = []
    }

    let layer: Layer
    let options: ImportOptions
    /// CSV gives every value as text; numbers are parsed by column type.
    let textual: Bool
    private(set) var ignoredProperties = Set<String>()
    private let usedNames: Set<String>
    private let givenReferenceColumns: [Int]

    init(layer: Layer, options: ImportOptions, textual: Bool) {
        self.layer = layer
        self.options = options
        self.textual = textual
        usedNames = Set(layer.columns.map { options.propertyMap[$0.name] ?? $0.name })
        givenReferenceColumns = layer.columns.indices.filter { layer.columns[$0].givenValueReference != nil }
    }

    mutating func row(for feature: Feature, number: Int) throws -> Row {
        for name in feature.properties.keys where !usedNames.contains(name) { ignoredProperties.insert(name) }
        var values = [String: PropertyValue]()
        for column in layer.columns {
            let source = options.propertyMap[column.name] ?? column.name
            var raw = feature.properties[source] ?? .null
            if raw == .null { raw = options.defaults[column.name] ?? .null }
            if textual { raw = parseText(raw, for: column) }
            switch column.coerce(raw) {
            case let .success(value): values[column.name] = value
            case let .failure(violation): throw invalid(number, violation)
            }
        }
        // Before the rules run, which may infer these values.
        let given = givenReferenceColumns.compactMap { index -> (column: Int, value: String)? in
            guard case let .string(text)? = values[layer.columns[index].name] else { return nil }
            return (index, text)
        }
        do {
            try layer.normalize(&values)
        } catch {
            throw invalid(number, error)
        }
        return Row(values: layer.columns.map { values[$0.name] ?? .null },
                   geometry: try geometry(of: feature, number: number), key: key(of: feature, values: values),
                   givenReferences: given)
    }

    /// A UUID layer keeps a feature's `id` when it is a UUID (a file exported by Diming, a
    /// client-made id) and ignores other ids (row numbers of another tool); an attribute key
    /// is the attribute's value.
    private func key(of feature: Feature, values: [String: PropertyValue]) -> String? {
        switch layer.key {
        case .uuid:
            guard case let .string(text)? = feature.id else { return nil }
            return Self.canonicalUUID(text)
        case let .attribute(name):
            guard case let .string(text)? = values[name] else { return nil }
            return text
        }
    }

    /// The lower-case form of a UUID text, nil when the text is not one.
    static func canonicalUUID(_ text: String) -> String? {
        UUIDText.canonical(text)
    }

    private func geometry(of feature: Feature, number: Int) throws -> Geometry {
        guard let geometry = feature.geometry else {
            throw ImportError.invalidFeature(feature: number, field: "geometry", reason: Reason(IOMessages.geometryMissing))
        }
        guard let promoted = geometry.promoted(to: layer.geometryType).map(options.sourceFrame.toCGCS2000) else {
            throw ImportError.invalidFeature(feature: number, field: "geometry",
                                             reason: .problem(GeometryError.wrongGeometryType(expected: layer.geometryType, got: geometry.type)))
        }
        do {
            try promoted.validate()
        } catch {
            throw ImportError.invalidFeature(feature: number, field: "geometry", reason: .problem(error))
        }
        return promoted
    }

    /// A CSV cell as the column's type; text that is not a number stays text, to be refused by `coerce`.
    private func parseText(_ value: PropertyValue, for column: LayerColumn) -> PropertyValue {
        guard case let .string(text) = value else { return value }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch column.kind {
        case .integer: return Int64(trimmed).map(PropertyValue.integer) ?? value
        case .real: return Double(trimmed).map(PropertyValue.real) ?? value
        case .text: return value
        }
    }

    private func invalid(_ number: Int, _ violation: LayerRuleViolation) -> ImportError {
        .invalidFeature(feature: number, field: violation.field, reason: violation.reason)
    }
}

import Foundation
