import DimingCore
import Foundation
import GRDB

/// The `disaster_events` and `disaster_event_changes` rows.
enum EventStore {
    static let columns = """
        "id", "hazard", "subtype", "name", "started_at", "started_utc", "division", "divisions", "status", "stabilised_at",
        "closed_at", "deadline_profile", "mass_collapse", "note", "created_by", "created_at"
        """

    static func fetch(_ id: Int64, in db: Database) throws -> DisasterEvent {
        guard let row = try Row.fetchOne(db, sql: "SELECT \(columns) FROM \"disaster_events\" WHERE \"id\" = ?", arguments: [id]) else {
            throw EventsError.unknownEvent(String(id))
        }
        return event(row)
    }

    static func fetchAll(status: EventStatus?, in db: Database) throws -> [DisasterEvent] {
        try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM "disaster_events" WHERE ? IS NULL OR "status" = ? ORDER BY "started_utc" DESC, "id" DESC
            """, arguments: [status?.rawValue, status?.rawValue]).map(event)
    }

    static func changes(_ id: Int64, in db: Database) throws -> [EventChange] {
        try Row.fetchAll(db, sql: """
            SELECT "status", "at", "account", "note" FROM "disaster_event_changes" WHERE "event" = ? ORDER BY "id"
            """, arguments: [id]).map { row in
            EventChange(status: EventStatus(rawValue: row["status"]) ?? .active, at: row["at"], account: row["account"], note: row["note"])
        }
    }

    static func insert(_ e: DisasterEvent, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO "disaster_events" ("hazard", "subtype", "name", "started_at", "started_utc", "division", "divisions", "status",
                "deadline_profile", "mass_collapse", "note", "created_by", "created_at")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [e.hazard.rawValue, e.subtype, e.name, e.startedAt, e.startedUTC, e.division, json(e.divisions),
                             e.status.rawValue, e.deadlineProfile, e.massCollapse ? 1 : 0, e.note, e.createdBy, e.createdAt])
        return db.lastInsertedRowID
    }

    static func record(_ change: EventChange, event: Int64, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO "disaster_event_changes" ("event", "status", "at", "account", "note") VALUES (?, ?, ?, ?, ?)
            """, arguments: [event, change.status.rawValue, change.at, change.account, change.note])
    }

    static func setStatus(_ id: Int64, _ status: EventStatus, at: String, in db: Database) throws {
        let column = status == .stabilised ? "stabilised_at" : "closed_at"
        try db.execute(sql: "UPDATE \"disaster_events\" SET \"status\" = ?, \"\(column)\" = ? WHERE \"id\" = ?",
                       arguments: [status.rawValue, at, id])
    }

    /// The name and level of a division of the divisions layer, or nil.
    static func division(_ code: String, in db: Database) throws -> (name: String, level: String?)? {
        try Row.fetchOne(db, sql: "SELECT \"name\", \"level\" FROM \"divisions\" WHERE \"code\" = ?", arguments: [code])
            .map { ($0["name"], $0["level"]) }
    }

    private static func event(_ row: Row) -> DisasterEvent {
        let divisions: String = row["divisions"] ?? "[]"
        return DisasterEvent(id: row["id"], hazard: Hazard(rawValue: row["hazard"]) ?? .flood, subtype: row["subtype"], name: row["name"],
                             startedAt: row["started_at"], startedUTC: row["started_utc"], division: row["division"],
                             divisions: (try? JSONDecoder().decode([String].self, from: Data(divisions.utf8))) ?? [],
                             status: EventStatus(rawValue: row["status"]) ?? .active, stabilisedAt: row["stabilised_at"],
                             closedAt: row["closed_at"], deadlineProfile: row["deadline_profile"],
                             massCollapse: (row["mass_collapse"] as Int?) == 1, note: row["note"], createdBy: row["created_by"],
                             createdAt: row["created_at"])
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }
}
