import GRDB

/// The entries a search found, the best one kept per place, and their scores.
struct Candidates {
    /// What kind of match an entry is, with the score it starts from.
    enum Kind: Int, Comparable {
        case exact, prefix, pinyin, initials, pinyinPrefix, substring, initialsPrefix, homophone

        var baseScore: Double {
            switch self {
            case .exact: 1.0
            case .prefix: 0.9
            case .pinyin: 0.88
            case .initials: 0.82
            case .pinyinPrefix: 0.76
            case .substring: 0.7
            case .initialsPrefix: 0.66
            case .homophone: 0.6
            }
        }

        var match: SearchMatch {
            switch self {
            case .exact: .exact
            case .prefix: .prefix
            case .substring: .substring
            case .pinyin, .pinyinPrefix: .pinyin
            case .initials, .initialsPrefix: .initials
            case .homophone: .homophone
            }
        }

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One row of `search_entries`.
    struct Entry {
        static let columnCount = 7
        static func columns(_ alias: String) -> String {
            #"\#(alias)."place", \#(alias)."name", \#(alias)."folded", \#(alias)."kind", \#(alias)."tier", \#(alias)."length", \#(alias)."place_pinyin""#
        }

        let place: String
        let name: String
        let folded: String
        let kind: NameKind
        let tier: Int
        let length: Int
        /// The toneless pinyin of the place's current name.
        let placePinyin: String?

        init(_ row: Row) {
            place = row[0]
            name = row[1]
            folded = row[2]
            kind = NameKind(rawValue: row[3]) ?? .alternative
            tier = row[4]
            length = row[5]
            placePinyin = row[6]
        }
    }

    /// A place found: the entry that matched best and how.
    struct Found {
        let entry: Entry
        let kind: Kind
        let score: Double
        /// Set by ``best(wasTraditional:queryLength:)``.
        var match: SearchMatch
    }

    let limit: Int
    private var byPlace: [String: Found] = [:]

    init(limit: Int) {
        self.limit = limit
    }

    var count: Int { byPlace.count }

    /// Whether a page of places already scores above `score`: a weaker lookup cannot change it.
    func isFull(above score: Double) -> Bool {
        byPlace.values.lazy.filter { $0.score > score }.count >= limit
    }

    mutating func add(_ entry: Entry, _ kind: Kind) {
        let found = Found(entry: entry, kind: kind, score: Self.score(entry, kind), match: kind.match)
        if let known = byPlace[entry.place], (known.score, -known.kind.rawValue) >= (found.score, -found.kind.rawValue) { return }
        byPlace[entry.place] = found
    }

    /// Names in force score above other names of the place, which score above retired places'
    /// names and reserved ones; among equals, the shorter name is the closer match.
    static func score(_ entry: Entry, _ kind: Kind) -> Double {
        var score = kind.baseScore
        switch entry.tier {
        case SearchIndexWriter.Tier.current.rawValue: break
        case SearchIndexWriter.Tier.otherName.rawValue: score *= 0.95
        case SearchIndexWriter.Tier.retired.rawValue: score *= 0.5
        default: score *= 0.45
        }
        score -= min(Double(entry.length) * 0.002, 0.04)
        return (score * 1000).rounded() / 1000
    }

    /// The best `limit` places, best first, each labelled: a former name's match says
    /// `former`, another name's `alias`, a traditional-character query's `traditional`.
    func best(wasTraditional: Bool, queryLength: Int) -> [Found] {
        let sorted = byPlace.values.sorted {
            ($0.score, -$0.kind.rawValue, $1.entry.folded, $1.entry.place) > ($1.score, -$1.kind.rawValue, $0.entry.folded, $0.entry.place)
        }
        return sorted.prefix(limit).map { found in
            var labelled = found
            switch found.entry.kind {
            case .former: labelled.match = .former
            case .alternative, .colloquial, .erroneous: labelled.match = .alias
            case .standard:
                if wasTraditional, [.exact, .prefix, .substring].contains(found.kind) { labelled.match = .traditional }
            }
            return labelled
        }
    }
}
