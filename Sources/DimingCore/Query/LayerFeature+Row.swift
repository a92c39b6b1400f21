import GRDB

extension Layer {
    /// The columns a feature is read from, in the order ``LayerFeature/init(row:layer:)``
    /// reads them: the row id, a ``FeatureKey/uuid`` layer's `uid`, the attributes, the geometry.
    var featureColumns: [String] {
        ["id"] + (key == .uuid ? [FeatureKey.uuidColumn] : []) + columns.map(\.name) + [Layer.geometryColumn]
    }

    /// `SELECT <featureColumns> FROM <layer>`.
    var selectFeatures: SQL { selectFeatures(outputSRID: nil) }

    /// ``selectFeatures`` with the geometry transformed through PROJ (`ST_Transform`) into
    /// `outputSRID` (nil: as stored); the columns keep their positions.
    func selectFeatures(outputSRID: Int32?) -> SQL {
        let names = featureColumns.map { column -> String in
            guard column == Layer.geometryColumn, let outputSRID else { return column.quotedDatabaseIdentifier }
            return "ST_Transform(\(column.quotedDatabaseIdentifier), \(outputSRID))"
        }
        return "SELECT \(sql: names.joined(separator: ", ")) FROM \(sql: name.quotedDatabaseIdentifier)"
    }
}

extension LayerFeature {
    /// A feature from a row of ``Layer/selectFeatures``, read by position (the hot path of
    /// every page; the positions come from ``Layer/featureColumns``): the public id is the
    /// key's value.
    init(row: Row, layer: Layer) throws {
        let first = layer.key == .uuid ? 2 : 1
        let count = layer.columns.count
        var properties = [(name: String, value: PropertyValue)]()
        properties.reserveCapacity(count)
        for (i, column) in layer.columns.enumerated() {
            properties.append((column.name, PropertyValue(row[first + i] as DatabaseValue)))
        }
        rowID = row[0]
        switch layer.key {
        case .uuid:
            id = .string(row[1] as String? ?? "")
        case let .attribute(name):
            let value = properties.first { $0.name == name }?.value
            if case let .string(text)? = value { id = .string(text) } else { id = .integer(rowID) }
        }
        self.properties = properties
        geometry = try row.geometry(atIndex: first + count)
    }
}
