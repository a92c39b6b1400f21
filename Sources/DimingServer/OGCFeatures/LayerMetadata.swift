import DimingCore

/// The `x-diming` member of a collection: what the catalog says of the layer beyond OGC's
/// fields — labels in Chinese and English, who writes it, its columns with their
/// vocabularies and units, and how the web map draws it. The map reads only this.
enum LayerMetadata {
    static func json(_ layer: Layer) -> JSONValue {
        [
            "label": label(layer.label),
            "geometryType": .string(layer.geometryType.geoJSONName),
            "idProperty": layer.key == .uuid ? .null : .string(layer.keyColumn),
            "editors": .array(Role.allCases.filter(layer.isEditable(by:)).map { .string($0.rawValue) }),
            "style": style(layer),
            "properties": .array(layer.columns.map(property)),
        ]
    }

    static func label(_ text: LocalizedText) -> JSONValue {
        ["zh": .string(text.zh), "en": .string(text.en)]
    }

    private static func property(_ column: LayerColumn) -> JSONValue {
        [
            "name": .string(column.name),
            "type": .string(jsonType(column.kind)),
            "required": .bool(column.isRequired),
            "label": label(column.label),
            "unit": column.unit.map(label) ?? .null,
            "values": column.values.map { values in
                .array(values.map { ["value": .string($0.value), "label": label($0.label)] })
            } ?? .null,
            "openVocabulary": .bool(column.isOpenVocabulary),
            "references": (column.references ?? column.givenValueReference).map { .string($0.layer) } ?? .null,
        ]
    }

    private static func style(_ layer: Layer) -> JSONValue {
        let style = layer.style
        let vocabulary = style.classProperty.flatMap { layer.column(named: $0)?.values } ?? []
        func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        return [
            "drawer": .string(style.drawer),
            "color": .string(style.color),
            "weight": number(style.weight),
            "radius": number(style.radius),
            "minZoom": style.minZoom.map { .integer($0) } ?? .null,
            "labelProperty": style.labelProperty.map { .string($0) } ?? .null,
            "secondaryLabelProperty": style.secondaryLabelProperty.map { .string($0) } ?? .null,
            "classProperty": style.classProperty.map { .string($0) } ?? .null,
            "classes": .array(style.classes.map { item in
                [
                    "value": .string(item.value),
                    "label": vocabulary.first { $0.value == item.value }.map { label($0.label) } ?? label(LocalizedText(item.value, item.value)),
                    "color": .string(item.color),
                    "weight": number(item.weight),
                    "radius": number(item.radius),
                ]
            }),
        ]
    }

    static func jsonType(_ kind: LayerColumn.Kind) -> String {
        switch kind {
        case .text: "string"
        case .integer: "integer"
        case .real: "number"
        }
    }
}
