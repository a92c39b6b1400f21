import DimingCore
import Foundation
import GRDB

/// The `boundary_markers` rows: written from a checked draft, read back as ``BoundaryMarker``.
enum MarkerStore {
    static let columns = """
        "number", "line", "left_code", "right_code", "sequence", "type_code", "kind", "material", "x_cgcs2000_gk", \
        "y_cgcs2000_gk", "epsg", "height_m", "location", "reference_objects", "photos", "registered_on", "status", "note", \
        X("geom") AS "lon", Y("geom") AS "lat"
        """

    static func fetch(_ number: String, in db: Database) throws -> BoundaryMarker? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM \"boundary_markers\" WHERE \"number\" = ?", arguments: [number]).map(marker)
    }

    static func fetch(line: String?, in db: Database) throws -> [BoundaryMarker] {
        try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM "boundary_markers" WHERE ? IS NULL OR "line" = ? ORDER BY "line", "sequence", "number"
            """, arguments: [line, line]).map(marker)
    }

    /// The marker `draft` describes, checked: its line exists, its coordinates fit a zone.
    static func marker(from draft: MarkerDraft, status: MarkerCondition?, in db: Database) throws -> (BoundaryMarker, LineSides) {
        let number = draft.number.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !number.isEmpty else { throw MarkersError.missingField("number") }
        guard !draft.line.isEmpty else { throw MarkersError.missingField("line") }
        let sides = try LineSides.fetch(draft.line, in: db)
        let (surveyed, position) = try MarkerGeodesy.locate(x: draft.x, y: draft.y, epsg: draft.epsg, in: db)
        let parsed = MarkerNumber.parse(number)
        let typeCode = draft.typeCode ?? parsed?.typeCode
        if let typeCode, MarkerNumber.kind(typeCode: typeCode) == nil { throw MarkersError.invalidValue(field: "type_code", value: typeCode) }
        let kind = draft.kind ?? typeCode.flatMap(MarkerNumber.kind(typeCode:))
        if let kind, !["single", "paired", "tripled"].contains(kind) { throw MarkersError.invalidValue(field: "kind", value: kind) }
        if let date = draft.registeredOn, !PlainDate.isDay(date) { throw MarkersError.invalidValue(field: "registered_on", value: date) }
        let marker = BoundaryMarker(number: number, line: sides.code, leftCode: sides.leftCode, rightCode: sides.rightCode,
                                    sequence: draft.sequence ?? parsed?.sequence, typeCode: typeCode, kind: kind, material: draft.material,
                                    surveyed: surveyed, heightM: draft.heightM, location: draft.location,
                                    referenceObjects: draft.referenceObjects, photos: draft.photos, registeredOn: draft.registeredOn,
                                    status: status, note: draft.note, position: position)
        return (marker, sides)
    }

    static func insert(_ m: BoundaryMarker, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "boundary_markers" ("number", "line", "left_code", "right_code", "sequence", "type_code", "kind", "material",
                "x_cgcs2000_gk", "y_cgcs2000_gk", "epsg", "height_m", "location", "reference_objects", "photos", "registered_on",
                "status", "note", "geom")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, MakePoint(?, ?, 4490))
            """, arguments: arguments(m))
    }

    static func update(_ m: BoundaryMarker, in db: Database) throws {
        try db.execute(sql: """
            UPDATE "boundary_markers" SET "number" = ?, "line" = ?, "left_code" = ?, "right_code" = ?, "sequence" = ?, "type_code" = ?,
                "kind" = ?, "material" = ?, "x_cgcs2000_gk" = ?, "y_cgcs2000_gk" = ?, "epsg" = ?, "height_m" = ?, "location" = ?,
                "reference_objects" = ?, "photos" = ?, "registered_on" = ?, "status" = ?, "note" = ?, "geom" = MakePoint(?, ?, 4490)
            WHERE "number" = ?
            """, arguments: arguments(m) + [m.number])
    }

    static func setStatus(_ number: String, _ status: MarkerCondition?, in db: Database) throws {
        try db.execute(sql: "UPDATE \"boundary_markers\" SET \"status\" = ? WHERE \"number\" = ?", arguments: [status?.rawValue, number])
    }

    private static func arguments(_ m: BoundaryMarker) -> StatementArguments {
        [m.number, m.line, m.leftCode, m.rightCode, m.sequence, m.typeCode, m.kind, m.material, m.surveyed.x, m.surveyed.y,
         Int(m.surveyed.epsg), m.heightM, m.location, m.referenceObjects.isEmpty ? nil : json(m.referenceObjects),
         m.photos.isEmpty ? nil : json(m.photos), m.registeredOn, m.status?.rawValue, m.note, m.position.lon, m.position.lat]
    }

    private static func marker(_ row: Row) throws -> BoundaryMarker {
        let objects: String? = row["reference_objects"]
        let photos: String? = row["photos"]
        let epsg: Int = row["epsg"]
        return BoundaryMarker(number: row["number"], line: row["line"], leftCode: row["left_code"], rightCode: row["right_code"],
                              sequence: row["sequence"], typeCode: row["type_code"], kind: row["kind"], material: row["material"],
                              surveyed: SurveyedPoint(x: row["x_cgcs2000_gk"], y: row["y_cgcs2000_gk"], epsg: Int32(epsg)),
                              heightM: row["height_m"], location: row["location"],
                              referenceObjects: objects.flatMap { try? JSONDecoder().decode([ReferenceObject].self, from: Data($0.utf8)) } ?? [],
                              photos: photos.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? [],
                              registeredOn: row["registered_on"], status: (row["status"] as String?).flatMap(MarkerCondition.init(rawValue:)),
                              note: row["note"], position: Position(lon: row["lon"] ?? 0, lat: row["lat"] ?? 0))
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }
}

/// A calendar day `YYYY-MM-DD` (the register's and the rounds' dates).
enum PlainDate {
    static func isDay(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), y >= 1, (1...12).contains(m) else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let first = calendar.date(from: DateComponents(year: y, month: m, day: 1)),
              let days = calendar.range(of: .day, in: .month, for: first) else { return false }
        return days.contains(d)
    }
}
