import DimingCore
import Foundation
import GRDB

/// Writes the `places` row of a place inside the caller's transaction.
enum PlaceWriter {
    /// A new place from `draft`, with its first standard name record; returns its uid. The
    /// division comes from the geometry (``PlaceDivision``), specific and generic from the name.
    static func create(_ draft: PlaceDraft, status: PlaceStatus, approval: Approval?, createdBy: String,
                       geometry: PlaceGeometry, division: String?, speller: PinyinSpeller, in db: Database) throws -> String {
        let uid = UUID().uuidString.lowercased()
        let parts = NameParts.split(draft.name, category: draft.category)
        try db.execute(sql: """
            INSERT INTO places (uid, name, category, division, geom, shape, status, specific, generic, meaning, history, sources, parent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [uid, draft.name, draft.category.rawValue, division, geometry.pointBlob, geometry.shapeBlob, status.rawValue,
                             draft.specific ?? parts.specific, draft.generic ?? (parts.modifier + parts.generic),
                             draft.meaning, draft.history, draft.sources, draft.parent])
        try NameStore.insert(draft.name, of: uid, NameStore.NewName(status: status, category: draft.category, validFrom: approval?.date,
                                                                   approval: approval, reading: draft.reading, createdBy: createdBy),
                             speller: speller, in: db)
        if draft.category == .road { try RoadLink.link(uid, in: db) }
        return uid
    }

    static func setStatus(_ id: String, to status: PlaceStatus, in db: Database) throws {
        try db.execute(sql: "UPDATE places SET status = ? WHERE uid = ?", arguments: [status.rawValue, id])
    }

    /// The place's standard name (and its parts) changes: every client reads the new one.
    static func rename(_ id: String, to name: String, category: PlaceCategory?, in db: Database) throws {
        let parts = NameParts.split(name, category: category)
        try db.execute(sql: "UPDATE places SET name = ?, specific = ?, generic = ? WHERE uid = ?",
                       arguments: [name, parts.specific, parts.modifier + parts.generic, id])
    }

    /// The place ended (historical) or was never right (erroneous) on `date`.
    static func end(_ id: String, as status: PlaceStatus, on date: String, in db: Database) throws {
        let column = status == .erroneous ? "deprecated_on" : "ceased_on"
        try db.execute(sql: "UPDATE places SET status = ?, \(column) = ? WHERE uid = ?", arguments: [status.rawValue, date, id])
    }

    /// The uids of the places whose parent is `id`, with their points.
    static func children(of id: String, in db: Database) throws -> [(uid: String, geom: Data)] {
        try Row.fetchAll(db, sql: "SELECT uid, geom FROM places WHERE parent = ? ORDER BY uid", arguments: [id]).map { ($0["uid"], $0["geom"]) }
    }

    static func setParent(of child: String, to parent: String, in db: Database) throws {
        try db.execute(sql: "UPDATE places SET parent = ? WHERE uid = ?", arguments: [parent, child])
    }
}

/// LC-01: a road's place is linked to its `roads` feature, whose name (and through the core's
/// trigger its house numbers' road name) follows the place's standard name.
enum RoadLink {
    /// Links an unlinked road place to the road of the same name, preferring the same division.
    static func link(_ place: String, in db: Database) throws {
        try db.execute(sql: """
            UPDATE places SET road_id = coalesce(
                (SELECT r.uid FROM roads r WHERE r.name = places.name AND r.division IS places.division ORDER BY r.id LIMIT 1),
                (SELECT r.uid FROM roads r WHERE r.name = places.name ORDER BY r.id LIMIT 1))
            WHERE uid = ? AND road_id IS NULL AND category = 'road'
            """, arguments: [place])
    }

    /// The linked road takes the place's new name; the core renames its house numbers' road.
    static func rename(_ place: String, to name: String, in db: Database) throws {
        try link(place, in: db)
        try renameLinked(place, to: name, in: db)
    }

    /// The road already linked to the place takes `name`.
    static func renameLinked(_ place: String, to name: String, in db: Database) throws {
        try db.execute(sql: "UPDATE roads SET name = ? WHERE uid = (SELECT road_id FROM places WHERE uid = ?) AND name IS NOT ?",
                       arguments: [name, place, name])
    }
}
