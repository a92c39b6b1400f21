import GRDB

/// The values an import gave for columns with a ``LayerColumn/givenValueReference`` (a
/// division's `parent`), checked once after the import's last row, inside its transaction:
/// the import's own rows count whatever their order, and the check is one query per column
/// instead of one per feature.
struct GivenReferenceCheck {
    private let layer: Layer
    /// Column index → value → the first feature that gave it.
    private var firstFeature: [Int: [String: Int]] = [:]

    init(layer: Layer) {
        self.layer = layer
    }

    mutating func note(_ row: LayerRowBuilder.Row, number: Int) {
        for (column, value) in row.givenReferences where firstFeature[column]?[value] == nil {
            firstFeature[column, default: [:]][value] = number
        }
    }

    /// Throws for the first feature whose value is missing from the referenced layer.
    func verify(in db: Database) throws {
        for (index, features) in firstFeature.sorted(by: { $0.key < $1.key }) {
            let column = layer.columns[index]
            guard let reference = column.givenValueReference else { continue }
            var values = JSONOutput(capacity: features.count * 16)
            values.append(UInt8(ascii: "["))
            for (offset, value) in features.keys.enumerated() {
                if offset > 0 { values.append(UInt8(ascii: ",")) }
                values.appendString(value)
            }
            values.append(UInt8(ascii: "]"))
            let missing = try String.fetchAll(db, sql: """
                SELECT value FROM json_each(?)
                WHERE value NOT IN (SELECT \(reference.column.quotedDatabaseIdentifier) FROM \(reference.layer.quotedDatabaseIdentifier))
                """, arguments: [String(decoding: values.bytes, as: UTF8.self)])
            guard let (value, feature) = missing.compactMap({ value in features[value].map { (value, $0) } })
                .min(by: { $0.1 < $1.1 }) else { continue }
            throw ImportError.invalidFeature(feature: feature, field: column.name,
                                             reason: Reason(IOMessages.notInLayerNorFile, ["value": value, "layer": reference.layer]))
        }
    }
}
