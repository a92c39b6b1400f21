import GRDB

extension Layer {
    /// `SELECT id, <columns>, geom FROM <layer>`: the row shape ``LayerFeature/init(row:layer:)`` reads.
    var selectFeatures: SQL {
        let columns = (["id"] + columns.map(\.name) + [Layer.geometryColumn])
            .map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        return "SELECT \(sql: columns) FROM \(sql: name.quotedDatabaseIdentifier)"
    }
}

extension LayerFeature {
    /// A feature from a row of ``Layer/selectFeatures``; the public id is the key column's value
    /// (a division's code) when the layer has one, else the row id.
    init(row: Row, layer: Layer) throws {
        let count = layer.columns.count
        var properties = [(name: String, value: PropertyValue)]()
        properties.reserveCapacity(count)
        for (i, column) in layer.columns.enumerated() {
            properties.append((column.name, PropertyValue(row[i + 1] as DatabaseValue)))
        }
        rowID = row[0]
        id = .integer(rowID)
        if let key = layer.keyColumn, let index = layer.columns.firstIndex(where: { $0.name == key }),
           case let .string(code) = properties[index].value {
            id = .string(code)
        }
        self.properties = properties
        geometry = try row.geometry(atIndex: count + 1)
    }
}
