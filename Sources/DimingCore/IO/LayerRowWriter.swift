import GRDB

/// Inserts checked rows into a layer with prepared statements, after the checks that need the
/// database: GEOS validity, references to other layers, uniqueness of the key.
final class LayerRowWriter {
    private let layer: Layer
    private let insert: Statement
    private let update: Statement?
    private let validity: Statement?
    private let keyExists: Statement?
    private let keyIndex: Int?
    private let referenceChecks: [(column: Int, statement: Statement)]

    init(layer: Layer, db: Database, checkValidity: Bool) throws {
        self.layer = layer
        let table = layer.name.quotedDatabaseIdentifier
        let names = layer.columns.map(\.name.quotedDatabaseIdentifier) + [Layer.geometryColumn.quotedDatabaseIdentifier]
        insert = try db.makeStatement(sql: """
            INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
            """)
        update = try layer.keyColumn.map { key in
            let assignments = names.map { "\($0) = ?" }.joined(separator: ", ")
            return try db.makeStatement(sql: "UPDATE \(table) SET \(assignments) WHERE \(key.quotedDatabaseIdentifier) = ?")
        }
        validity = checkValidity ? try db.makeStatement(sql: "SELECT ST_IsValid(?1), ST_IsValidReason(?1)") : nil
        keyIndex = layer.keyColumn.flatMap { key in layer.columns.firstIndex { $0.name == key } }
        keyExists = try layer.keyColumn.map {
            try db.makeStatement(sql: "SELECT 1 FROM \(table) WHERE \($0.quotedDatabaseIdentifier) = ?")
        }
        referenceChecks = try layer.columns.enumerated().compactMap { index, column in
            guard let ref = column.references else { return nil }
            return (index, try db.makeStatement(sql: "SELECT 1 FROM \(ref.layer.quotedDatabaseIdentifier) WHERE \(ref.column.quotedDatabaseIdentifier) = ?"))
        }
    }

    /// Inserts the row, or with `upsert` replaces the feature with the same key; true when it
    /// inserted.
    func write(_ row: LayerRowBuilder.Row, number: Int, upsert: Bool) throws -> Bool {
        let blob = Data(SpatiaLiteBlob.encode(row.geometry, srid: SpatialReference.storageSRID))
        if let validity {
            let result = try Row.fetchOne(validity, arguments: [blob])
            if result?[0] as Int? != 1 {
                let reason: String = result?[1] ?? "GEOS could not read the geometry"
                throw ImportError.invalidFeature(feature: number, field: "geometry", reason: "invalid geometry: \(reason)")
            }
        }
        for (index, statement) in referenceChecks {
            let value = row.values[index].databaseValue
            guard !value.isNull else { continue }
            if try Int.fetchOne(statement, arguments: [value]) == nil {
                let column = layer.columns[index]
                throw ImportError.invalidFeature(feature: number, field: column.name,
                                                 reason: "\(value.description) is not in \(column.references!.layer)")
            }
        }
        let values = row.values.map(\.databaseValue) + [blob.databaseValue]
        if let keyExists, let keyIndex,
           try Int.fetchOne(keyExists, arguments: [row.values[keyIndex].databaseValue]) != nil {
            guard upsert, let update else {
                throw ImportError.invalidFeature(feature: number, field: layer.columns[keyIndex].name,
                                                 reason: "\(row.values[keyIndex].databaseValue.description) already exists in \(layer.name)")
            }
            try update.execute(arguments: StatementArguments(values + [row.values[keyIndex].databaseValue]))
            return false
        }
        try insert.execute(arguments: StatementArguments(values))
        return true
    }
}

extension PropertyValue {
    /// The value as SQLite stores it; JSON objects and arrays as their text.
    public var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case let .bool(b): (b ? 1 : 0).databaseValue
        case let .integer(i): i.databaseValue
        case let .real(d): d.databaseValue
        case let .string(s): s.databaseValue
        case let .json(text): text.databaseValue
        }
    }

    /// A column value read back from SQLite.
    public init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case let .int64(i): self = .integer(i)
        case let .double(d): self = .real(d)
        case let .string(s): self = .string(s)
        case .blob: self = .null
        }
    }
}

import Foundation
