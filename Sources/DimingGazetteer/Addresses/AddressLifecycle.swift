import DimingCore
import Foundation
import GRDB

/// LC-04, inside the caller's write transaction: a 门牌 becomes historical (销号) keeping its
/// id, and its number is given to a new address only by an officer's decision. Each step is
/// authorized for the address's division and audited with the record before and after.
enum AddressLifecycle {
    static func authorize(_ actor: Account?, division: String?) throws -> Account {
        try AccessPolicy.authorize(actor, for: .edit(layer: .addresses, divisionCode: division))
    }

    static func retire(_ id: String, on date: String, reason: String, siteText: String?, by actor: Account?, requestID: String?,
                       in db: Database) throws {
        let before = try AddressRecord.fetch(id, in: db)
        let account = try authorize(actor, division: before.division)
        guard !before.historical else { throw GazetteerError.addressHistorical(id: id, label: before.label) }
        let site = siteText.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 } ?? before.defaultSiteText
        try db.execute(sql: """
            UPDATE "addresses" SET "status" = 'historical', "retired_on" = ?, "site_text" = ? WHERE "uid" = ?
            """, arguments: [date, site, id])
        try audit("retire", id, before: before, reason: reason, by: account, requestID: requestID, in: db)
    }

    /// A new address (new id) with the historical one's road, number and suffix at `point`.
    static func reuse(_ historicalID: String, at point: Position, reason: String, by actor: Account?, requestID: String?,
                      in db: Database) throws -> String {
        let old = try AddressRecord.fetch(historicalID, in: db)
        let division = try PlaceDivision.resolve(nil, at: point, locator: try Locator.load(from: db), in: db) ?? old.division
        let account = try authorize(actor, division: division)
        if division != old.division { _ = try authorize(actor, division: old.division) }
        guard old.historical else { throw GazetteerError.addressInUse(id: historicalID, label: old.label) }
        if let live = try String.fetchOne(db, sql: """
            SELECT "uid" FROM "addresses" WHERE "status" = 'in_use' AND "number" = ? AND "suffix" IS ?
              AND CASE WHEN "road_id" IS NOT NULL AND ? IS NOT NULL THEN "road_id" = ? ELSE "road" = ? END
            """, arguments: [old.number, old.suffix, old.roadID, old.roadID, old.road]) {
            throw GazetteerError.addressInUse(id: live, label: old.label)
        }
        let point = try PlaceGeometry(.point(point), in: db)
        let uid = UUID().uuidString.lowercased()
        try db.execute(sql: """
            INSERT INTO "addresses" ("uid", "road", "number", "suffix", "division", "road_id", "reuses", "geom")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [uid, old.road, old.number, old.suffix, division, old.roadID, historicalID, point.pointBlob])
        try audit("reuse", uid, before: nil, reason: reason, by: account, requestID: requestID, in: db)
        return uid
    }

    /// The audit entry `address.<action>`; the reason travels with the record after.
    private static func audit(_ action: String, _ id: String, before: AddressRecord?, reason: String, by account: Account,
                              requestID: String?, in db: Database) throws {
        struct After: Encodable {
            var address: AddressRecord
            var reason: String
        }
        let after = After(address: try AddressRecord.fetch(id, in: db), reason: reason)
        try AuditLog.record(AuditEntry(account: account, action: "address.\(action)", layer: Layer.addresses.name, featureID: id,
                                       before: before.map(PlaceLog.json), after: PlaceLog.json(after), requestID: requestID), in: db)
    }
}
