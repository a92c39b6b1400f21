import DimingCore
import Foundation
import GRDB

/// 名称记录: writes and reads a place's name records inside the caller's transaction.
enum NameStore {
    /// What a new name record holds beyond its place and name.
    struct NewName {
        var kind: NameKind = .standard
        var status: PlaceStatus
        var category: PlaceCategory?
        var validFrom: String?
        var approval: Approval?
        var reason: String?
        var reading: String?
        /// `import`, `edit`, or the account's name.
        var createdBy: String
    }

    /// Adds a name record, spelled by `speller`; returns its id.
    @discardableResult
    static func insert(_ name: String, of place: String, _ new: NewName, speller: PinyinSpeller, in db: Database) throws -> Int64 {
        let parts = NameParts.split(name, category: new.category)
        let pinyin = speller.spell(name, category: new.category, reading: new.reading)
        try db.execute(sql: """
            INSERT INTO place_names (place, name, kind, status, specific, generic, valid_from, document, approved_on, authority,
                reason, pinyin, pinyin_toneless, pinyin_sign, pinyin_key, initials, reading, created_at, created_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [place, name, new.kind.rawValue, new.status.rawValue, parts.specific, parts.modifier + parts.generic,
                             new.validFrom, new.approval?.document, new.approval?.date, new.approval?.authority, new.reason,
                             pinyin.toned, pinyin.toneless, pinyin.sign, pinyin.homophoneKey, pinyin.initials, new.reading,
                             Clock.timestamp(), new.createdBy])
        return db.lastInsertedRowID
    }

    /// The place's current standard name record (the proposed one before approval).
    static func current(of place: String, in db: Database) throws -> PlaceNameRecord? {
        try Row.fetchOne(db, sql: """
            SELECT \(NameColumns.selection) FROM place_names
            WHERE place = ? AND kind = 'standard' AND valid_to IS NULL ORDER BY id DESC LIMIT 1
            """, arguments: [place]).map(PlaceNameRecord.init(row:))
    }

    /// Every name of the place, oldest first.
    static func all(of place: String, in db: Database) throws -> [PlaceNameRecord] {
        try Row.fetchAll(db, sql: "SELECT \(NameColumns.selection) FROM place_names WHERE place = ? ORDER BY id", arguments: [place])
            .map(PlaceNameRecord.init(row:))
    }

    /// The standard name ends on `date`: it becomes a former name, kept for search and history.
    static func closeStandard(of place: String, on date: String, reason: String?, in db: Database) throws {
        try db.execute(sql: """
            UPDATE place_names SET kind = 'former', status = 'historical', valid_to = ?, reason = coalesce(?, reason)
            WHERE place = ? AND kind = 'standard' AND valid_to IS NULL
            """, arguments: [date, reason, place])
    }

    /// The current standard name takes `status` (and, when approved, the approval).
    static func setStatus(of place: String, to status: PlaceStatus, approval: Approval? = nil, in db: Database) throws {
        try db.execute(sql: """
            UPDATE place_names SET status = ?, valid_from = coalesce(?, valid_from), document = coalesce(?, document),
                approved_on = coalesce(?, approved_on), authority = coalesce(?, authority)
            WHERE place = ? AND kind = 'standard' AND valid_to IS NULL
            """, arguments: [status.rawValue, approval?.date, approval?.document, approval?.date, approval?.authority, place])
    }
}

/// Dates and times as the gazetteer stores them.
enum Clock {
    /// Now, as `2026-12-01T11:20:00Z`.
    static func timestamp() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    /// Today in UTC, `YYYY-MM-DD`.
    static func today() -> String {
        String(timestamp().prefix(10))
    }
}
