import GRDB

/// `建设路12号`: the 门牌 with that number on the road a result names. A road place is matched
/// to its addresses by the road's current name (the core keeps `addresses.road` in step with
/// a renamed road); once places carry a `road_id` (gazetteer-007), by that link.
enum AddressLookup {
    static func addresses(number: Int, on places: [PlaceSearchResult], in db: Database) throws -> [PlaceSearchResult] {
        let byLink = try db.columns(in: "places").contains { $0.name == "road_id" }
        let sql = byLink
            ? """
              SELECT a."uid", a."road", a."number", a."suffix", a."division", ST_X(a."geom"), ST_Y(a."geom") FROM "addresses" a
              JOIN "places" p ON p."road_id" = a."road_id" WHERE p."uid" = ? AND a."number" = ? ORDER BY a."id"
              """
            : """
              SELECT a."uid", a."road", a."number", a."suffix", a."division", ST_X(a."geom"), ST_Y(a."geom") FROM "addresses" a
              WHERE a."road" = ? AND a."number" = ? ORDER BY a."id"
              """
        var found: [PlaceSearchResult] = []
        for place in places where place.category == nil || place.category == PlaceCategory.road.rawValue {
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [byLink ? place.id : place.name, number])
            for row in rows {
                let road: String = row[1], suffix: String? = row[3]
                found.append(PlaceSearchResult(
                    id: row[0], name: "\(road)\(number)\(suffix ?? "")号", pinyin: place.pinyin.map { "\($0) \(number)\(suffix ?? "") Hao" },
                    category: "address", division: row[4], matchedBy: place.matchedBy, score: place.score, status: place.status,
                    matchedName: place.matchedName, label: place.label, lon: row[5], lat: row[6]))
            }
        }
        return found
    }
}
