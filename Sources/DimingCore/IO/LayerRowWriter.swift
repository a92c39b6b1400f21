import Foundation
import GRDB

/// Writes checked rows into a layer with prepared statements, after the checks that need the
/// database: GEOS validity, references to other layers (and the names copied from them),
/// uniqueness of the key. Import and single-feature edits share it.
final class LayerRowWriter {
    private let layer: Layer
    private let insert: Statement
    private let update: Statement
    private let validity: Statement?
    private let rowIDOfKey: Statement
    private let referenceChecks: [(column: Int, statement: Statement)]
    private let nameCopies: [NameCopy]

    /// A reference column whose target's name this layer copies (an address's road).
    private struct NameCopy {
        var reference: Int
        var name: Int
        var division: Int?
        var nameByKey: Statement
        var keysByName: Statement
    }

    init(layer: Layer, db: Database, checkValidity: Bool) throws {
        self.layer = layer
        let table = layer.name.quotedDatabaseIdentifier
        let names = writtenColumns(of: layer).map(\.quotedDatabaseIdentifier)
        insert = try db.makeStatement(sql: """
            INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES (\(names.map { _ in "?" }.joined(separator: ", ")))
            """)
        update = try db.makeStatement(sql: "UPDATE \(table) SET \(names.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?")
        validity = checkValidity ? try db.makeStatement(sql: "SELECT ST_IsValid(?1) AS valid, ST_IsValidReason(?1) AS reason") : nil
        rowIDOfKey = try db.makeStatement(sql: "SELECT id FROM \(table) WHERE \(layer.keyColumn.quotedDatabaseIdentifier) = ?")
        referenceChecks = try layer.columns.enumerated().compactMap { index, column in
            guard let ref = column.references else { return nil }
            return (index, try db.makeStatement(sql: "SELECT 1 FROM \(ref.layer.quotedDatabaseIdentifier) WHERE \(ref.column.quotedDatabaseIdentifier) = ?"))
        }
        nameCopies = try layer.columns.enumerated().compactMap { index, column in
            guard let ref = column.references, let copy = column.nameCopy,
                  let nameIndex = layer.columns.firstIndex(where: { $0.name == copy.column }) else { return nil }
            let target = ref.layer.quotedDatabaseIdentifier, key = ref.column.quotedDatabaseIdentifier
            let name = copy.from.quotedDatabaseIdentifier
            let division = AccessScope.column(of: layer).flatMap { c in layer.columns.firstIndex { $0.name == c } }
            return NameCopy(reference: index, name: nameIndex, division: division,
                            nameByKey: try db.makeStatement(sql: "SELECT \(name) AS name FROM \(target) WHERE \(key) = ?"),
                            keysByName: try db.makeStatement(sql: "SELECT \(key) AS key, division FROM \(target) WHERE \(name) = ?"))
        }
    }

    /// Runs the database checks and completes the row: the names it copies, a new UUID when
    /// it has none.
    func prepare(_ row: inout LayerRowBuilder.Row, number: Int) throws {
        let blob = Data(SpatiaLiteBlob.encode(row.geometry, srid: SpatialReference.storageSRID))
        row.blob = blob
        if let validity {
            let result = try Row.fetchOne(validity, arguments: [blob])
            if result?["valid"] as Int? != 1 {
                let reason: String = result?["reason"] ?? IOMessages.geosCannotRead.en
                throw ImportError.invalidFeature(feature: number, field: "geometry", reason: Reason(IOMessages.invalidGeometry, ["reason": reason]))
            }
        }
        for copy in nameCopies { try resolve(copy, in: &row, number: number) }
        for (index, statement) in referenceChecks {
            let value = row.values[index].databaseValue
            guard !value.isNull else { continue }
            if try Int.fetchOne(statement, arguments: [value]) == nil {
                let column = layer.columns[index]
                throw ImportError.invalidFeature(feature: number, field: column.name,
                                                 reason: Reason(IOMessages.notInLayer, ["value": value.description, "layer": column.references!.layer]))
            }
        }
        if layer.key == .uuid && row.key == nil { row.key = UUID().uuidString.lowercased() }
    }

    /// The row id of the feature with `key`, nil when there is none.
    func rowID(ofKey key: String) throws -> Int64? {
        try Int64.fetchOne(rowIDOfKey, arguments: [key])
    }

    func insert(_ row: LayerRowBuilder.Row) throws {
        try insert.execute(arguments: arguments(of: row))
    }

    func update(rowID: Int64, to row: LayerRowBuilder.Row) throws {
        try update.execute(arguments: arguments(of: row) + [rowID])
    }

    /// Import: inserts the row, or with `upsert` replaces the feature with the same key;
    /// true when it inserted.
    func write(_ row: LayerRowBuilder.Row, number: Int, upsert: Bool) throws -> Bool {
        var row = row
        try prepare(&row, number: number)
        if let key = row.key, let existing = try rowID(ofKey: key) {
            guard upsert else {
                throw ImportError.invalidFeature(feature: number, field: layer.key == .uuid ? "id" : layer.keyColumn,
                                                 reason: Reason(IOMessages.alreadyExists, ["key": key, "layer": layer.name]))
            }
            try update(rowID: existing, to: row)
            return false
        }
        try insert(row)
        return true
    }

    /// The copied name follows the reference; without a reference, the name must pick
    /// exactly one target (preferring one in the same division).
    private func resolve(_ copy: NameCopy, in row: inout LayerRowBuilder.Row, number: Int) throws {
        let referenceColumn = layer.columns[copy.reference], nameColumn = layer.columns[copy.name]
        let target = referenceColumn.references!.layer
        if case let .string(key) = row.values[copy.reference] {
            guard let name = try String.fetchOne(copy.nameByKey, arguments: [key]) else {
                throw ImportError.invalidFeature(feature: number, field: referenceColumn.name, reason: Reason(IOMessages.notInLayer, ["value": "\"\(key)\"", "layer": target]))
            }
            row.values[copy.name] = .string(name)
            return
        }
        guard case let .string(name) = row.values[copy.name] else {
            throw ImportError.invalidFeature(feature: number, field: referenceColumn.name,
                                             reason: Reason(IOMessages.referenceRequired, ["reference": referenceColumn.name, "name": nameColumn.name, "target": target]))
        }
        let candidates = try Row.fetchAll(copy.keysByName, arguments: [name])
        let division = copy.division.map { row.values[$0].databaseValue } ?? .null
        let local = candidates.filter { ($0["division"] as DatabaseValue) == division }
        let matches = local.isEmpty ? candidates : local
        guard matches.count == 1, let key = matches[0]["key"] as String? else {
            let reason = matches.isEmpty
                ? Reason(IOMessages.noneNamed, ["target": target, "name": name])
                : Reason(IOMessages.manyNamed, ["count": String(matches.count), "target": target, "name": name, "reference": referenceColumn.name])
            throw ImportError.invalidFeature(feature: number, field: nameColumn.name, reason: reason)
        }
        row.values[copy.reference] = .string(key)
    }

    private func arguments(of row: LayerRowBuilder.Row) -> StatementArguments {
        var values = row.values.map(\.databaseValue)
        values.append((row.blob ?? Data(SpatiaLiteBlob.encode(row.geometry, srid: SpatialReference.storageSRID))).databaseValue)
        if layer.key == .uuid { values.append(row.key.databaseValue) }
        return StatementArguments(values)
    }
}

/// The columns a row writes, in ``LayerRowWriter``'s argument order.
private func writtenColumns(of layer: Layer) -> [String] {
    layer.columns.map(\.name) + [Layer.geometryColumn] + (layer.key == .uuid ? [FeatureKey.uuidColumn] : [])
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
