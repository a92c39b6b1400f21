import DimingCore
import GRDB

/// Reads places, their name records, events and supersessions inside the caller's transaction.
enum PlaceStore {
    /// The place's row as stored, nil when there is none.
    static func row(_ id: String, in db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT \(PlaceColumns.selection) FROM places p WHERE p.uid = ?", arguments: [id])
    }

    static func record(_ id: String, in db: Database) throws -> PlaceRecord {
        guard let row = try row(id, in: db) else { throw GazetteerError.unknownPlace(id) }
        return PlaceRecord(row: row, pinyin: try NameStore.current(of: id, in: db).flatMap(\.pinyin))
    }

    /// The place with every name (or those valid on `asOf`) and its supersessions.
    static func detail(_ id: String, asOf: String?, in db: Database) throws -> PlaceDetail {
        var place = try record(id, in: db)
        var names = try NameStore.all(of: id, in: db)
        if let asOf {
            names = names.filter { $0.isValid(on: asOf) }
            if let then = names.first(where: { $0.kind == .standard || $0.kind == .former }) {
                place.name = then.name
                place.pinyin = then.pinyin
            }
        }
        let supersedes = try String.fetchAll(db, sql: "SELECT old FROM place_supersessions WHERE new = ? ORDER BY old", arguments: [id])
        let supersededBy = try String.fetchAll(db, sql: "SELECT new FROM place_supersessions WHERE old = ? ORDER BY new", arguments: [id])
        return PlaceDetail(place: place, names: names, supersedes: supersedes, supersededBy: supersededBy)
    }

    static func events(_ id: String, in db: Database) throws -> [PlaceEvent] {
        guard try row(id, in: db) != nil else { throw GazetteerError.unknownPlace(id) }
        return try Row.fetchAll(db, sql: "SELECT * FROM place_events WHERE place = ? ORDER BY id", arguments: [id]).map(PlaceEvent.init(row:))
    }

    /// The places of `filter`, by name; with `asOf`, those with a standard name then, by that name.
    static func list(_ filter: PlaceFilter, in db: Database) throws -> [PlaceRecord] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let status = filter.status {
            conditions.append("p.status = ?"); _ = arguments.append(contentsOf: [status.rawValue])
        } else if !filter.includeReserved {
            conditions.append("p.status <> 'reserved'")
        }
        if let category = filter.category { conditions.append("p.category = ?"); _ = arguments.append(contentsOf: [category.rawValue]) }
        if let division = filter.division {
            guard let code = DivisionCode(division) else { throw GazetteerError.unknownDivision(division) }
            conditions.append("p.division LIKE ?")
            _ = arguments.append(contentsOf: [String(code.significantDigits) + "%"])
        }
        var nameColumn = "p.name"
        var join = ""
        if let asOf = filter.asOf {
            // The name the place had then: a standard name in force, or one that has since become former.
            join = """
                JOIN place_names n ON n.id = (SELECT m.id FROM place_names m WHERE m.place = p.uid
                    AND m.kind IN ('standard', 'former') AND m.status IN ('approved', 'announced', 'historical')
                    AND (m.valid_from IS NULL OR m.valid_from <= ?) AND (m.valid_to IS NULL OR m.valid_to > ?)
                    ORDER BY m.valid_from DESC, m.id DESC LIMIT 1)
                """
            nameColumn = "n.name"
            arguments = [asOf, asOf] + arguments
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(PlaceColumns.selection), \(nameColumn) AS shown FROM places p \(join) \(whereClause)
            ORDER BY shown, p.uid LIMIT ? OFFSET ?
            """
        _ = arguments.append(contentsOf: [filter.limit, filter.offset])
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            var record = PlaceRecord(row: row, pinyin: nil)
            record.name = row["shown"]
            let uid: String = row["uid"]
            let names = try NameStore.all(of: uid, in: db)
            record.pinyin = names.last(where: { $0.name == record.name })?.pinyin
            return record
        }
    }
}

extension PlaceNameRecord {
    /// Whether the name was in force on `date` (`YYYY-MM-DD`): [valid_from, valid_to), approved.
    func isValid(on date: String) -> Bool {
        guard status.isStandard || status == .historical else { return false }
        if let validFrom, validFrom > date { return false }
        if let validTo, validTo <= date { return false }
        return true
    }
}
