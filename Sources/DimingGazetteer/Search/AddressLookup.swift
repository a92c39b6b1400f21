import GRDB

/// `建设路12号`: the 门牌 with that number on the road a result names. A road place linked to
/// its `roads` feature (gazetteer-007's `road_id`) finds the addresses of that road; one not
/// linked (no road feature, or loaded before the sync linked it) finds them by its current
/// name, which the core keeps in step in `addresses.road` when the road is renamed. A
/// historical (销号) address is found too, marked historical, labelled with its site text
/// (`原解放路12号地块`) and ranked after the live ones (LC-04).
enum AddressLookup {
    /// How much a historical address's score is below the live ones of the same road.
    static let historicalWeight = 0.9

    static let sql = """
        SELECT a."uid", a."road", a."number", a."suffix", a."division", ST_X(a."geom"), ST_Y(a."geom"), a."status" = 'historical', a."site_text"
        FROM "places" p JOIN "addresses" a
          ON CASE WHEN p."road_id" IS NOT NULL THEN a."road_id" = p."road_id" ELSE a."road" = p."name" END
        WHERE p."uid" = ? AND a."number" = ? ORDER BY a."status" = 'historical', a."id"
        """

    static func addresses(number: Int, on places: [PlaceSearchResult], in db: Database) throws -> [PlaceSearchResult] {
        var found: [PlaceSearchResult] = []
        for place in places where place.category == nil || place.category == PlaceCategory.road.rawValue {
            let rows = try Row.fetchAll(db.cachedStatement(sql: Self.sql), arguments: [place.id, number])
            for row in rows {
                let road: String = row[1], suffix: String? = row[3], historical: Bool = row[7]
                let name = "\(road)\(number)\(suffix ?? "")号"
                found.append(PlaceSearchResult(
                    id: row[0], name: name, pinyin: place.pinyin.map { "\($0) \(number)\(suffix ?? "") Hao" },
                    category: "address", division: row[4], matchedBy: place.matchedBy,
                    score: historical ? place.score * historicalWeight : place.score, status: historical ? .historical : place.status,
                    matchedName: place.matchedName, label: historical ? (row[8] as String?) ?? "原\(name)地块" : place.label,
                    lon: row[5], lat: row[6]))
            }
        }
        // Live addresses first, whichever road result found them.
        return found.enumerated().sorted { ($0.element.historical ? 1 : 0, $0.offset) < ($1.element.historical ? 1 : 0, $1.offset) }
            .map(\.element)
    }
}
