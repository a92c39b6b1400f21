import DimingCore
import GRDB

/// A 门牌 as the lifecycle sees it: where it is, its number, and whether it is in use.
public struct AddressRecord: Sendable, Hashable, Codable {
    public var id: String
    public var road: String?
    public var number: Int
    public var suffix: String?
    public var division: String?
    public var roadID: String?
    /// `in_use`, or `historical` once its building is gone (the id is never given again).
    public var status: String
    public var retiredOn: String?
    /// What a map prints for a historical address: `原解放路12号地块`.
    public var siteText: String?
    /// The historical address whose number this one took by an officer's decision.
    public var reuses: String?
    public var lon: Double?
    public var lat: Double?

    public var historical: Bool { status == "historical" }

    /// `解放路12号`, written as search results write an address.
    public var label: String { "\(road ?? "")\(number)\(suffix ?? "")号" }

    /// `原解放路12号地块` (after the UK "Site of …").
    public var defaultSiteText: String { "原\(label)地块" }

    enum CodingKeys: String, CodingKey {
        case id, road, number, suffix, division
        case roadID = "road_id"
        case status
        case retiredOn = "retired_on"
        case siteText = "site_text"
        case reuses, lon, lat
    }

    static func fetch(_ id: String, in db: Database) throws -> AddressRecord {
        let row = try Row.fetchOne(db, sql: """
            SELECT "uid", "road", "number", "suffix", "division", "road_id", "status", "retired_on", "site_text", "reuses",
                   ST_X("geom") AS lon, ST_Y("geom") AS lat
            FROM "addresses" WHERE "uid" = ?
            """, arguments: [id])
        guard let row else { throw GazetteerError.unknownAddress(id) }
        return AddressRecord(id: row["uid"], road: row["road"], number: row["number"], suffix: row["suffix"], division: row["division"],
                             roadID: row["road_id"], status: row["status"], retiredOn: row["retired_on"], siteText: row["site_text"],
                             reuses: row["reuses"], lon: row["lon"], lat: row["lat"])
    }
}
