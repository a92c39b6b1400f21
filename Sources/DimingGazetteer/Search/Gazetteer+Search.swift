import DimingCore
import GRDB

extension Gazetteer {
    /// 地名检索: places by Chinese text (exact, prefix, substring), pinyin or its initials, a
    /// homophone, traditional characters or a former name; `…N号` finds the 门牌 on the road.
    /// Best first; reserved names only when asked, proposed and rejected ones never. Read
    /// through GRDB's async API, so the caller's task is suspended, not a pool thread blocked.
    public func search(_ query: PlaceSearchQuery) async throws -> [PlaceSearchResult] {
        let searcher = PlaceSearcher(speller: speller)
        // Places other writers changed are indexed by the sync first (one cheap check in the
        // same read when none waits). The skeleton's sync is not there yet: search what is indexed.
        if let results = try await database.pool.read({ db in try Self.syncIsPending(db) ? nil : searcher.search(query, in: db) }) {
            return results
        }
        do {
            try await sync()
        } catch GazetteerError.notImplemented {
            // Until the store's sync lands: give places that have no entries yet (a demo, an
            // import) their entries, so that what was loaded is found.
            try await database.pool.write { db in try SearchIndex.reindex(places: Self.unindexedPending(db), in: db) }
        }
        return try await database.pool.read { db in try searcher.search(query, in: db) }
    }

    private static func unindexedPending(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT "uid" FROM "place_pending" WHERE NOT EXISTS (SELECT 1 FROM "search_entries" e WHERE e."place" = "place_pending"."uid")
            """)
    }

    /// Whether places wait for the sync (gazetteer-006's `place_pending`).
    private static func syncIsPending(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db.cachedStatement(sql: #"SELECT EXISTS (SELECT 1 FROM "place_pending")"#)) ?? false
    }

    /// Builds the search index again from every place and name record (a repair, or after a
    /// bulk load by another program); returns how many names it holds.
    public func rebuildSearchIndex() async throws -> Int {
        let speller = speller
        return try await database.pool.write { db in
            try SearchIndex.reindexAll(in: db, speller: speller)
            return try SearchIndex.entryCount(in: db)
        }
    }

    /// The query as the index reads it: `運河北路84號` → `运河北路84号`.
    public static func normalizedSearchText(_ text: String) -> String {
        SearchText(text).normalized
    }
}
