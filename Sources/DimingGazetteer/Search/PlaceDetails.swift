import GRDB

/// What a result shows of its place: the current name, category, division, status and point,
/// read from `places` (the record every client reads); the current name's pinyin comes with
/// the index entry.
enum PlaceDetails {
    static func result(for found: Candidates.Found, in db: Database, speller: PinyinSpeller) throws -> PlaceSearchResult? {
        let sql = """
            SELECT p."name", p."category", p."division", p."status", ST_X(p."geom"), ST_Y(p."geom") FROM "places" p WHERE p."uid" = ?
            """
        guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [found.entry.place]) else { return nil }
        let name: String = row[0]
        let category: String? = row[1]
        let pinyin = found.entry.placePinyin ?? speller.spell(name, category: category.flatMap(PlaceCategory.init(rawValue:))).toneless
        let otherName = found.entry.name != name ? found.entry.name : nil
        return PlaceSearchResult(
            id: found.entry.place, name: name, pinyin: pinyin, category: category, division: row[2],
            matchedBy: found.match, score: found.score, status: PlaceStatus(rawValue: row[3] ?? "") ?? .approved,
            matchedName: otherName, label: found.match == .former ? otherName.map { "原" + $0 } : nil, lon: row[4], lat: row[5])
    }
}
