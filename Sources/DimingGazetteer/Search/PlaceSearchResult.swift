/// How a result matched the query, best first in this order when scores tie.
public enum SearchMatch: String, Sendable, Hashable, Codable, CaseIterable {
    /// The name as typed.
    case exact
    /// The name begins with the text.
    case prefix
    /// The text is inside the name.
    case substring
    /// The toneless pinyin (`jiefanglu`, `jiefang lu`, or its beginning).
    case pinyin
    /// The pinyin initials (`jfl`).
    case initials
    /// Another name that sounds the same (介放路 → 解放路).
    case homophone
    /// The text in traditional characters (運河北路 → 运河北路).
    case traditional
    /// A former name (曾用名): the result carries the current one.
    case former
    /// An alternative, colloquial or erroneous name of the place.
    case alias
}

/// One place (or 门牌 address) found by a search.
public struct PlaceSearchResult: Sendable, Hashable, Codable {
    /// The place's id (`places.uid`), or the address's id when ``category`` is `address`.
    public var id: String
    /// The current standard name (for an address: road and number, `长江大道12号`).
    public var name: String
    /// Toneless pinyin of the current name.
    public var pinyin: String?
    public var category: String?
    public var division: String?
    public var matchedBy: SearchMatch
    /// 0…1, higher is better; results come best first.
    public var score: Double
    /// The place's status: `historical` places are found by their names, ranked below current ones.
    public var status: PlaceStatus
    /// The name record the query matched, when it is not the current name (`建设路`).
    public var matchedName: String?
    /// What the user reads beside a former-name match: `原建设路`.
    public var label: String?
    public var lon: Double?
    public var lat: Double?

    public var historical: Bool { status == .historical }

    enum CodingKeys: String, CodingKey {
        case id, name, pinyin, category, division
        case matchedBy = "matched_by"
        case score, status
        case matchedName = "matched_name"
        case label, lon, lat
    }
}
