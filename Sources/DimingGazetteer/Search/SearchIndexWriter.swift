import Foundation
import GRDB

/// Writes the search rows of one place at a time (``SearchIndex``).
struct SearchIndexWriter {
    /// The ranks of entries: names in force first, reserved (地名方案) names last.
    enum Tier: Int {
        /// The standard name of a place in force.
        case current = 0
        /// Another name (former, alternative …) of a place in force.
        case otherName = 1
        /// A name of a historical (retired) or erroneous place.
        case retired = 2
        /// A reserved name of the 地名方案: found only when asked for.
        case reserved = 3
    }

    struct PlaceRow {
        static let selectAll = #"SELECT "uid", "name", "category", "division", "status" FROM "places" WHERE "uid" IS NOT NULL"#
        let uid: String
        let name: String
        let category: String?
        let division: String?
        let status: PlaceStatus

        init(_ row: Row) {
            uid = row[0]
            name = row[1]
            category = row[2]
            division = row[3]
            status = PlaceStatus(rawValue: row[4] ?? "") ?? .approved
        }

        static func fetchOne(_ db: Database, uid: String) throws -> PlaceRow? {
            try Row.fetchOne(db.cachedStatement(sql: selectAll + #" AND "uid" = ?"#), arguments: [uid]).map(PlaceRow.init)
        }
    }

    struct NameRow {
        static let select = #"SELECT "place", "name", "kind", "status", "pinyin_key", "initials", "reading", "pinyin_toneless" FROM "place_names""#
        let place: String
        let name: String
        let kind: NameKind
        let status: PlaceStatus
        let pinyinKey: String?
        let initials: String?
        let reading: String?
        let pinyinToneless: String?

        init(_ row: Row) {
            place = row[0]
            name = row[1]
            kind = NameKind(rawValue: row[2]) ?? .alternative
            status = PlaceStatus(rawValue: row[3]) ?? .approved
            pinyinKey = row[4]
            initials = row[5]
            reading = row[6]
            pinyinToneless = row[7]
        }

        static func fetchAll(_ db: Database, place: String? = nil) throws -> [NameRow] {
            if let place {
                return try Row.fetchAll(db.cachedStatement(sql: select + #" WHERE "place" = ?"#), arguments: [place]).map(NameRow.init)
            }
            return try Row.fetchAll(db, sql: select).map(NameRow.init)
        }
    }

    let db: Database
    let speller: PinyinSpeller
    /// Per-row FTS5 upkeep; a bulk load rebuilds the FTS5 index once at the end instead.
    let maintainsFTS: Bool
    /// Spellings already computed in this pass (names repeat: every county has a 解放路).
    private var spellings: [String: Spelling] = [:]

    /// What the index keeps of a name's pinyin.
    struct Spelling {
        let key: String
        let initials: String
        let toneless: String
    }

    init(db: Database, speller: PinyinSpeller, maintainsFTS: Bool) {
        self.db = db
        self.speller = speller
        self.maintainsFTS = maintainsFTS
    }

    /// Removes the place's entries, their grams and their FTS5 rows.
    mutating func remove(place uid: String) throws {
        let old = try Row.fetchAll(db.cachedStatement(sql: #"SELECT "id", "folded", "tier", "length" FROM "search_entries" WHERE "place" = ?"#),
                                   arguments: [uid])
        guard !old.isEmpty else { return }
        let deleteGram = try db.cachedStatement(sql: #"DELETE FROM "search_grams" WHERE "gram" = ? AND "inner" = ? AND "tier" = ? AND "length" = ? AND "entry" = ?"#)
        let deleteFTS = try db.cachedStatement(sql: #"INSERT INTO "search_fts"("search_fts", "rowid", "folded") VALUES ('delete', ?, ?)"#)
        for row in old {
            let id: Int64 = row[0], folded: String = row[1], tier: Int = row[2], length: Int = row[3]
            for gram in Self.grams(of: folded) {
                try deleteGram.execute(arguments: [gram.text, gram.inner, tier, length, id])
            }
            try deleteFTS.execute(arguments: [id, folded])
        }
        try db.cachedStatement(sql: #"DELETE FROM "search_entries" WHERE "place" = ?"#).execute(arguments: [uid])
    }

    /// Adds the searchable names of `place`: its name records, or its `name` alone when it has
    /// none yet (a place another writer added before the gazetteer's sync).
    mutating func add(_ place: PlaceRow, names: [NameRow]) throws {
        guard let placeTier = Self.tier(of: place.status) else { return }
        let records = names.isEmpty
            ? [NameRow(place: place.uid, name: place.name, kind: .standard, status: place.status)]
            : names
        let current = records.first { $0.kind == .standard && $0.name == place.name && $0.pinyinToneless != nil }
        let placePinyin = current?.pinyinToneless
            ?? spelling(of: TraditionalChinese.fold(place.name), reading: nil, category: place.category).toneless
        var seen = Set<String>()
        for record in records {
            guard let tier = Self.tier(of: record, placeTier: placeTier) else { continue }
            let folded = TraditionalChinese.fold(record.name.trimmingCharacters(in: .whitespaces))
            guard !folded.isEmpty, seen.insert(folded).inserted else { continue }
            let keys = try keys(record, folded: folded, category: place.category)
            try insert(place: place, name: record.name, folded: folded, kind: record.kind, tier: tier, keys: keys, placePinyin: placePinyin)
        }
    }

    /// The name record's keys: as the record holds them, else spelled.
    private mutating func keys(_ record: NameRow, folded: String, category: String?) throws -> (key: String, initials: String) {
        if let key = record.pinyinKey, let initials = record.initials, !key.isEmpty {
            return (SearchText.latinKey(key) ?? key, SearchText.latinKey(initials) ?? initials)
        }
        let spelled = spelling(of: folded, reading: record.reading, category: category)
        return (spelled.key, spelled.initials)
    }

    /// The speller's answer, remembered for names without a reading override.
    private mutating func spelling(of folded: String, reading: String?, category: String?) -> Spelling {
        if reading == nil, let known = spellings[folded] { return known }
        let spelling = speller.spell(folded, category: category.flatMap(PlaceCategory.init(rawValue:)), reading: reading)
        let keys = Spelling(key: SearchText.latinKey(spelling.homophoneKey) ?? "", initials: SearchText.latinKey(spelling.initials) ?? "",
                            toneless: spelling.toneless)
        if reading == nil { spellings[folded] = keys }
        return keys
    }

    private func insert(place: PlaceRow, name: String, folded: String, kind: NameKind, tier: Tier,
                        keys: (key: String, initials: String), placePinyin: String) throws {
        let length = folded.count
        try db.cachedStatement(sql: """
            INSERT INTO "search_entries"("place", "name", "folded", "kind", "tier", "length", "pinyin_key", "initials", "category",
                                         "division", "place_pinyin")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [place.uid, name, folded, kind.rawValue, tier.rawValue, length, keys.key, keys.initials,
                                     place.category, place.division, placePinyin])
        let id = db.lastInsertedRowID
        let insertGram = try db.cachedStatement(sql: #"INSERT OR IGNORE INTO "search_grams" VALUES (?, ?, ?, ?, ?)"#)
        for gram in Self.grams(of: folded) {
            try insertGram.execute(arguments: [gram.text, gram.inner, tier.rawValue, length, id])
        }
        if maintainsFTS {
            try db.cachedStatement(sql: #"INSERT INTO "search_fts"("rowid", "folded") VALUES (?, ?)"#).execute(arguments: [id, folded])
        }
    }

    /// The first character, and every pair of characters (`inner` 0 for the pair that begins
    /// the name): what a one- or two-character query is looked up by.
    static func grams(of folded: String) -> [(text: String, inner: Int)] {
        let characters = Array(folded)
        guard let first = characters.first else { return [] }
        var grams: [(text: String, inner: Int)] = [(String(first), 0)]
        var seen = Set<String>()
        for start in characters.indices.dropLast() {
            let pair = String(characters[start...start + 1])
            let inner = start == 0 ? 0 : 1
            if seen.insert("\(inner)\(pair)").inserted { grams.append((pair, inner)) }
        }
        return grams
    }

    /// Proposed, under-review and rejected places are not searchable.
    static func tier(of status: PlaceStatus) -> Tier? {
        switch status {
        case .approved, .announced: .current
        case .historical, .erroneous: .retired
        case .reserved: .reserved
        case .proposed, .underReview, .rejected: nil
        }
    }

    static func tier(of record: NameRow, placeTier: Tier) -> Tier? {
        switch record.status {
        case .proposed, .underReview, .rejected: return nil
        default: break
        }
        guard placeTier == .current else { return placeTier }
        return record.kind == .standard && record.status.isStandard ? .current : .otherName
    }
}

extension SearchIndexWriter.NameRow {
    init(place: String, name: String, kind: NameKind, status: PlaceStatus) {
        self.place = place
        self.name = name
        self.kind = kind
        self.status = status
        pinyinKey = nil
        initials = nil
        reading = nil
        pinyinToneless = nil
    }
}
