import DimingCore
import GRDB

/// Brings the places other writers changed (`diming import places`, the OGC API, QGIS on the
/// file) into the gazetteer, in the caller's write transaction: the places in `place_pending`
/// (every place once the divisions changed) get a standard name record when they have none
/// (a census load), a new one when their `name` was changed outside (the old one closed as
/// former, an `edit` event), their division derived from the point, their road linked and
/// their search entries rebuilt.
enum PlaceSync {
    /// Whether anything waits: one indexed lookup, so that every gazetteer call can ask.
    static func isNeeded(in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM place_pending) OR EXISTS (SELECT 1 FROM gazetteer_flags)") ?? false
    }

    static func run(speller: PinyinSpeller, in db: Database) throws {
        let everything = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM gazetteer_flags)") ?? false
        let uids = try String.fetchAll(db, sql: everything ? "SELECT uid FROM places WHERE uid IS NOT NULL" : "SELECT uid FROM place_pending")
        if !uids.isEmpty {
            let locator = try Locator.load(from: db)
            let today = Clock.today()
            for uid in uids {
                guard let row = try PlaceStore.row(uid, in: db) else { continue }
                try bringNames(of: uid, row: row, today: today, speller: speller, in: db)
                try deriveDivision(of: uid, row: row, locator: locator, in: db)
                if row["category"] as String? == PlaceCategory.road.rawValue, row["road_id"] as String? == nil {
                    try RoadLink.link(uid, in: db)
                }
            }
            try SearchIndex.reindex(places: uids, in: db)
        }
        try db.execute(sql: "DELETE FROM place_pending; DELETE FROM gazetteer_flags")
    }

    /// The name records follow `places.name` and `places.status` as another writer left them.
    private static func bringNames(of uid: String, row: Row, today: String, speller: PinyinSpeller, in db: Database) throws {
        let name: String = row["name"]
        let status = PlaceStatus(rawValue: row["status"] ?? "") ?? .approved
        let category = PlaceCategory(rawValue: row["category"] ?? "")
        guard let current = try NameStore.current(of: uid, in: db) else {
            // A census load (or a place drawn in QGIS): its first name record, as loaded.
            try NameStore.insert(name, of: uid, .init(status: status, category: category, createdBy: "import"), speller: speller, in: db)
            try PlaceLog.event(.init("import", from: nil, to: status, name: name), place: uid, account: "import", role: "batch", in: db)
            try fillParts(of: uid, name: name, category: category, row: row, in: db)
            return
        }
        if current.name != name {
            // Renamed outside the workflow (OGC API PUT, QGIS): the old name is kept as former.
            let validFrom = current.validFrom.map { max($0, today) } ?? today
            try NameStore.closeStandard(of: uid, on: validFrom, reason: nil, in: db)
            try NameStore.insert(name, of: uid, .init(status: status, category: category, validFrom: validFrom, createdBy: "edit"),
                                 speller: speller, in: db)
            try PlaceLog.event(.init("edit", from: current.status, to: status, name: name, effective: validFrom,
                                     details: PlaceLog.json(["from": current.name])),
                               place: uid, account: "file", role: "outside", in: db)
            if category == .road { try RoadLink.renameLinked(uid, to: name, in: db) }
        } else if current.status != status {
            try NameStore.setStatus(of: uid, to: status, in: db)
        }
    }

    private static func fillParts(of uid: String, name: String, category: PlaceCategory?, row: Row, in db: Database) throws {
        guard row["specific"] as String? == nil else { return }
        let parts = NameParts.split(name, category: category)
        try db.execute(sql: "UPDATE places SET specific = ?, generic = ? WHERE uid = ?",
                       arguments: [parts.specific, parts.modifier + parts.generic, uid])
    }

    /// The division follows the point when the divisions hold it; else the loaded one stays.
    private static func deriveDivision(of uid: String, row: Row, locator: Locator, in db: Database) throws {
        guard let lon: Double = row["lon"], let lat: Double = row["lat"],
              let derived = locator.locate(Position(lon: lon, lat: lat)).smallest?.code,
              derived != row["division"] as String? else { return }
        try db.execute(sql: "UPDATE places SET division = ? WHERE uid = ?", arguments: [derived, uid])
    }
}
