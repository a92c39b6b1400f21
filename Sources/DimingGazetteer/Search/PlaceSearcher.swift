import DimingCore
import Foundation
import GRDB

/// Values bound to a statement's `?`s, in order.
typealias SQLValues = [(any DatabaseValueConvertible)?]

/// Runs one search over the index in one read transaction (``Gazetteer/search(_:)``). Each
/// kind of match is one indexed lookup; candidates are scored, one per place, best first.
struct PlaceSearcher {
    let speller: PinyinSpeller

    /// How many rows a prefix or substring lookup reads at most before scoring: enough to rank
    /// the first page, bounded so that a very common text stays fast.
    static func candidateBound(_ limit: Int) -> Int { max(100, limit * 3) }

    func search(_ query: PlaceSearchQuery, in db: Database) throws -> [PlaceSearchResult] {
        let text = SearchText(query.text)
        guard !text.name.isEmpty else { return [] }
        var candidates = Candidates(limit: query.limit)
        let filter = Filter(query)
        if let key = text.pinyinKey {
            try lookUp(filter.sql(#"e."pinyin_key" = ?"#, ordered: true), [key], query.limit, in: db, into: &candidates) { _ in .pinyin }
            try lookUp(filter.sql(#"e."initials" = ?"#, ordered: true), [key], query.limit, in: db, into: &candidates) { _ in .initials }
            if candidates.count < query.limit {
                try lookUp(filter.sql(#"e."pinyin_key" > ? AND e."pinyin_key" < ?"#), [key, key + "~"], Self.candidateBound(query.limit), in: db, into: &candidates) { _ in .pinyinPrefix }
                try lookUp(filter.sql(#"e."initials" > ? AND e."initials" < ?"#), [key, key + "~"], Self.candidateBound(query.limit), in: db, into: &candidates) { _ in .initialsPrefix }
            }
        } else {
            let length = text.length
            if length <= 2 {
                try lookUpGrams(text.name, filter, in: db, into: &candidates)
            } else {
                try lookUp(filter.sql(#"e."folded" >= ? AND e."folded" < ?"#), [text.name, text.name + "\u{10FFFF}"], Self.candidateBound(query.limit), in: db, into: &candidates) {
                    $0.length == length ? .exact : .prefix
                }
                // A page of names in force that begin with the text outranks any substring.
                if !candidates.isFull(above: Candidates.Kind.substring.baseScore) {
                    try lookUpSubstrings(text.name, filter, in: db, into: &candidates)
                }
            }
            if length >= 2, !candidates.isFull(above: Candidates.Kind.homophone.baseScore) {
                let key = SearchText.latinKey(speller.spell(text.name).homophoneKey) ?? ""
                if !key.isEmpty {
                    try lookUp(filter.sql(#"e."pinyin_key" = ?"#, ordered: true), [key], query.limit, in: db, into: &candidates) {
                        $0.folded == text.name ? .exact : .homophone
                    }
                }
            }
        }
        let best = candidates.best(wasTraditional: text.wasTraditional, queryLength: text.length)
        var results = try best.compactMap { try PlaceDetails.result(for: $0, in: db, speller: speller) }
        if let number = text.houseNumber {
            let addresses = try AddressLookup.addresses(number: number, on: results, in: db)
            results = Array((addresses + results).prefix(query.limit))
        }
        return results
    }

    /// One B-tree lookup on `search_entries` (`sql` from ``Filter/sql(_:ordered:)``); `match`
    /// says what kind of match each row is.
    private func lookUp(_ sql: (String, Filter), _ arguments: SQLValues, _ limit: Int, in db: Database,
                        into candidates: inout Candidates, match: (Candidates.Entry) -> Candidates.Kind) throws {
        let statement = try db.cachedStatement(sql: sql.0 + " LIMIT ?")
        let rows = try Row.fetchCursor(statement, arguments: StatementArguments(arguments + sql.1.arguments + [limit]))
        while let row = try rows.next() {
            let entry = Candidates.Entry(row)
            candidates.add(entry, match(entry))
        }
    }

    /// 1–2 characters: the gram table, walked in its key's order (names beginning with the
    /// text first, then by tier and length), so the first rows read are the best.
    private func lookUpGrams(_ name: String, _ filter: Filter, in db: Database, into candidates: inout Candidates) throws {
        let sql = """
            SELECT \(Candidates.Entry.columns("e")), g."inner" FROM "search_grams" g JOIN "search_entries" e ON e."id" = g."entry"
            WHERE g."gram" = ? AND g."tier" <= ? \(filter.conditions("e"))
            ORDER BY g."inner", g."tier", g."length" LIMIT ?
            """
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql),
                                       arguments: StatementArguments(([name, filter.maximumTier] as SQLValues) + filter.arguments + [candidates.limit * 3]))
        let length = name.count
        while let row = try rows.next() {
            let entry = Candidates.Entry(row)
            let inner: Int = row[Candidates.Entry.columnCount]
            candidates.add(entry, inner == 1 ? .substring : entry.length == length ? .exact : .prefix)
        }
    }

    /// 3+ characters inside a name: FTS5 trigrams.
    private func lookUpSubstrings(_ name: String, _ filter: Filter, in db: Database, into candidates: inout Candidates) throws {
        let sql = """
            SELECT \(Candidates.Entry.columns("e")) FROM "search_fts" f JOIN "search_entries" e ON e."id" = f."rowid"
            WHERE "search_fts" MATCH ? AND e."tier" <= ? \(filter.conditions("e")) LIMIT ?
            """
        let phrase = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let rows = try Row.fetchCursor(db.cachedStatement(sql: sql),
                                       arguments: StatementArguments(([phrase, filter.maximumTier] as SQLValues) + filter.arguments + [Self.candidateBound(candidates.limit)]))
        while let row = try rows.next() {
            let entry = Candidates.Entry(row)
            candidates.add(entry, entry.folded.hasPrefix(name) ? (entry.length == name.count ? .exact : .prefix) : .substring)
        }
    }
}

/// The conditions every lookup shares: reserved names, division, category, access scope.
struct Filter {
    let maximumTier: Int
    private let prefixes: [String]
    private let category: String?

    init(_ query: PlaceSearchQuery) {
        maximumTier = query.includeReserved ? SearchIndexWriter.Tier.reserved.rawValue : SearchIndexWriter.Tier.retired.rawValue
        prefixes = [query.division, query.scope.division].compactMap { $0 }.map { AccessScope.significantPrefix(of: $0) }
        category = query.category?.rawValue
    }

    /// `AND …` on the entries aliased `alias`.
    func conditions(_ alias: String) -> String {
        var sql = ""
        for prefix in prefixes { sql += " AND substr(\(alias).\"division\", 1, \(prefix.count)) = ?" }
        if category != nil { sql += " AND \(alias).\"category\" = ?" }
        return sql
    }

    var arguments: SQLValues {
        var values: SQLValues = prefixes
        if let category { values.append(category) }
        return values
    }

    /// A lookup on `search_entries` aliased `e` by `condition` (whose arguments come first,
    /// then ``arguments``), in (tier, length) order when `ordered`.
    func sql(_ condition: String, ordered: Bool = false) -> (String, Filter) {
        let order = ordered ? #" ORDER BY e."tier", e."length""# : ""
        return ("""
            SELECT \(Candidates.Entry.columns("e")) FROM "search_entries" e
            WHERE \(condition) AND e."tier" <= \(maximumTier)\(conditions("e"))\(order)
            """, self)
    }
}
