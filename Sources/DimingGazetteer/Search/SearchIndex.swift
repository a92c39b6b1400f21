import GRDB

/// The search entries of places' names (FTS5 trigram, pinyin, initials).
///
/// PLACEHOLDER (to be replaced by the search work): the gazetteer's writes and ``PlaceSync``
/// call these inside their transaction, so a name is searchable once it is committed.
public enum SearchIndex {
    /// Brings the entries of these places (by uid) up to date with their name records.
    public static func reindex(places: [String], in db: Database) throws {}
}
