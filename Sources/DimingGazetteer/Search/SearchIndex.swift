import GRDB

/// The search entries of places' names: one row per searchable name in `search_entries`
/// (simplified characters, toneless pinyin key, initials, each B-tree indexed for exact and
/// prefix matches), the FTS5 trigram index `search_fts` over it for substrings of three
/// characters or more, and `search_grams` (each name's first character and every pair of
/// characters) for the one- and two-character queries trigrams cannot answer.
///
/// The gazetteer's writes and ``PlaceSync`` call ``reindex(places:in:)`` inside their
/// transaction, so a name is searchable once it is committed.
public enum SearchIndex {
    /// Brings the entries of these places (by uid) up to date with their name records.
    public static func reindex(places: [String], in db: Database) throws {
        var writer = SearchIndexWriter(db: db, speller: PinyinSpeller(), maintainsFTS: true)
        for uid in Set(places) {
            try writer.remove(place: uid)
            guard let place = try SearchIndexWriter.PlaceRow.fetchOne(db, uid: uid) else { continue }
            try writer.add(place, names: try SearchIndexWriter.NameRow.fetchAll(db, place: uid))
        }
    }

    /// Builds every entry again from `places` and `place_names` (the migration, a repair, the
    /// benchmark's bulk load): one pass over the tables and one FTS5 rebuild.
    public static func reindexAll(in db: Database, speller: PinyinSpeller = PinyinSpeller()) throws {
        try db.execute(sql: """
            DELETE FROM "search_grams";
            DELETE FROM "search_entries";
            INSERT INTO "search_fts"("search_fts") VALUES ('delete-all');
            """)
        var names: [String: [SearchIndexWriter.NameRow]] = [:]
        for name in try SearchIndexWriter.NameRow.fetchAll(db) { names[name.place, default: []].append(name) }
        var writer = SearchIndexWriter(db: db, speller: speller, maintainsFTS: false)
        let places = try Row.fetchCursor(db, sql: SearchIndexWriter.PlaceRow.selectAll)
        while let row = try places.next() {
            let place = SearchIndexWriter.PlaceRow(row)
            try writer.add(place, names: names[place.uid] ?? [])
        }
        try db.execute(sql: #"INSERT INTO "search_fts"("search_fts") VALUES ('rebuild')"#)
    }
}

extension SearchIndex {
    /// How many names the index holds.
    public static func entryCount(in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: #"SELECT count(*) FROM "search_entries""#) ?? 0
    }
}
