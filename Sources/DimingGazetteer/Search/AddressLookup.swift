import GRDB

/// `建设路12号`: the 门牌 with that number on the road a result names. A road place linked to
/// its `roads` feature (gazetteer-007's `road_id`) finds the addresses of that road; one not
/// linked (no road feature, or loaded before the sync linked it) finds them by its current
/// name, which the core keeps in step in `addresses.road` when the road is renamed.
enum AddressLookup {
    static let sql = """
        SELECT a."uid", a."road", a."number", a."suffix", a."division", ST_X(a."geom"), ST_Y(a."geom")
        FROM "places" p JOIN "addresses" a
          ON CASE WHEN p."road_id" IS NOT NULL THEN a."road_id" = p."road_id" ELSE a."road" = p."name" END
        WHERE p."uid" = ? AND a."number" = ? ORDER BY a."id"
        """

    static func addresses(number: Int, on places: [PlaceSearchResult], in db: Database) throws -> [PlaceSearchResult] {
        var found: [PlaceSearchResult] = []
        for place in places where place.category == nil || place.category == PlaceCategory.road.rawValue {
            let rows = try Row.fetchAll(db.cachedStatement(sql: Self.sql), arguments: [place.id, number])
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
