import GRDB

/// The row id every layer table has (``LayerFeature/rowID``).
private let rowIDColumn = Column("id")

extension Layer {
    /// `SELECT id, <columns>, geom FROM <layer>`: the columns ``LayerFeature/init(row:layer:)`` reads.
    var selectFeatures: SQL {
        let columns = ([rowIDColumn.name] + columns.map(\.name) + [Layer.geometryColumn])
            .map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        return "SELECT \(sql: columns) FROM \(sql: name.quotedDatabaseIdentifier)"
    }
}

extension LayerFeature {
    /// A feature from a row of ``Layer/selectFeatures``, its columns read by name; the public id
    /// is the key column's value (a division's code) when the layer has one, else the row id.
    init(row: Row, layer: Layer) throws {
        var properties = [(name: String, value: PropertyValue)]()
        properties.reserveCapacity(layer.columns.count)
        for column in layer.columns {
            properties.append((column.name, PropertyValue(row[column.name] as DatabaseValue)))
        }
        rowID = try row.decode(forColumn: rowIDColumn)
        id = .integer(rowID)
        if let key = layer.keyColumn, let index = layer.columns.firstIndex(where: { $0.name == key }),
           case let .string(code) = properties[index].value {
            id = .string(code)
        }
        self.properties = properties
        geometry = try row.geometry(at: Column(Layer.geometryColumn))
    }
}
