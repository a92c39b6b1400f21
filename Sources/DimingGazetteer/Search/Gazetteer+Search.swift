import DimingCore
import GRDB

extension Gazetteer {
    /// 地名检索: places by Chinese text (exact, prefix, substring), pinyin or its initials, a
    /// homophone, traditional characters or a former name; `…N号` finds the 门牌 on the road.
    /// Best first; reserved names only when asked, proposed and rejected ones never. Read
    /// through GRDB's async API, so the caller's task is suspended, not a pool thread blocked.
    public func search(_ query: PlaceSearchQuery) async throws -> [PlaceSearchResult] {
        let searcher = PlaceSearcher(speller: speller)
        // Places other writers changed (an import, the OGC API, QGIS) are indexed by the sync
        // first; when none waits, that is one cheap check in the same read.
        if let results = try await database.pool.read({ db in try PlaceSync.isNeeded(in: db) ? nil : searcher.search(query, in: db) }) {
            return results
        }
        try await sync()
        return try await database.pool.read { db in try searcher.search(query, in: db) }
    }

    /// Builds the search index again from every place and name record (a repair, or after a
    /// bulk load by another program); returns how many names it holds.
    public func rebuildSearchIndex() async throws -> Int {
        let speller = speller
        return try await database.write { db in
            try SearchIndex.reindexAll(in: db, speller: speller)
            return try SearchIndex.entryCount(in: db)
        }
    }

    /// The query as the index reads it: `運河北路84號` → `运河北路84号`.
    public static func normalizedSearchText(_ text: String) -> String {
        SearchText(text).normalized
    }
}
