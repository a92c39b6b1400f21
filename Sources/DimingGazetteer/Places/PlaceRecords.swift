import DimingCore

/// 批准: the approval behind a naming, renaming or retirement.
public struct Approval: Sendable, Hashable, Codable {
    /// 批准文号, e.g. `宜府函〔2024〕12号`
    public var document: String
    /// The date it takes effect, `YYYY-MM-DD`.
    public var date: String
    /// 批准机关, e.g. `宜都市人民政府`
    public var authority: String?

    public init(document: String, date: String, authority: String? = nil) {
        self.document = document
        self.date = date
        self.authority = authority
    }
}

/// What an officer proposes: a new place with its name, or (``planned``) a name reserved by
/// the 地名方案.
public struct PlaceDraft: Sendable {
    public var name: String
    public var category: PlaceCategory
    /// A point, line or polygon in lon/lat (CGCS2000).
    public var geometry: Geometry
    /// The division code when the officer gives one; else derived from the geometry.
    public var division: String?
    public var specific: String?
    public var generic: String?
    public var meaning: String?
    public var history: String?
    public var sources: String?
    /// An officer's reading of the characters (``PinyinSpeller/spell(_:category:reading:)``).
    public var reading: String?
    /// The id of the place this one lies in.
    public var parent: String?
    /// A planned name of the 地名方案: reserved, not proposed.
    public var planned: Bool

    public init(name: String, category: PlaceCategory, geometry: Geometry, division: String? = nil,
                specific: String? = nil, generic: String? = nil, meaning: String? = nil, history: String? = nil,
                sources: String? = nil, reading: String? = nil, parent: String? = nil, planned: Bool = false) {
        self.name = name
        self.category = category
        self.geometry = geometry
        self.division = division
        self.specific = specific
        self.generic = generic
        self.meaning = meaning
        self.history = history
        self.sources = sources
        self.reading = reading
        self.parent = parent
        self.planned = planned
    }
}

/// A place as the gazetteer shows it: its record, the current standard name's pinyin.
public struct PlaceRecord: Sendable, Hashable, Codable {
    /// The stable id (the `places.uid`), never reused.
    public var id: String
    /// The current standard name (or the proposed one while none is approved).
    public var name: String
    public var category: String?
    public var status: PlaceStatus
    public var division: String?
    public var specific: String?
    public var generic: String?
    public var meaning: String?
    public var history: String?
    public var sources: String?
    public var parent: String?
    public var ceasedOn: String?
    public var deprecatedOn: String?
    public var pinyin: PinyinSpelling?
    /// The representative point, lon/lat.
    public var lon: Double?
    public var lat: Double?
}

/// One name record of a place.
public struct PlaceNameRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var kind: NameKind
    public var status: PlaceStatus
    public var validFrom: String?
    public var validTo: String?
    public var document: String?
    public var approvedOn: String?
    public var authority: String?
    public var reason: String?
    public var pinyin: PinyinSpelling?
    public var reading: String?
}

/// One step of a place's life: who, when, what, by which document and why.
public struct PlaceEvent: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: String
    public var account: String
    public var role: String
    /// `propose`, `review`, `approve`, `announce`, `reject`, `rename`, `retire`, `deprecate`,
    /// `split`, `merge`, `reserve`, `import`, `edit`.
    public var action: String
    public var fromStatus: String?
    public var toStatus: String?
    public var name: String?
    public var document: String?
    public var effective: String?
    public var authority: String?
    public var reason: String?
}

/// A place with its names and its links to the records it replaced or that replaced it.
public struct PlaceDetail: Sendable, Hashable, Codable {
    public var place: PlaceRecord
    /// Every name, oldest first (those valid on the asked date only, when one was asked).
    public var names: [PlaceNameRecord]
    public var supersedes: [String]
    public var supersededBy: [String]
}

/// What a proposal gives back: the new place and what the naming checks found.
public struct Proposal: Sendable, Hashable, Codable {
    public var place: PlaceDetail
    public var findings: [NamingFinding]
}

/// Which places `list` returns.
public struct PlaceFilter: Sendable, Hashable {
    public var status: PlaceStatus?
    public var category: PlaceCategory?
    /// A division code: places in it or below it.
    public var division: String?
    /// Only places with a standard name on this date (`YYYY-MM-DD`), listed by that name.
    public var asOf: String?
    /// Reserved (地名方案) places are left out unless asked for.
    public var includeReserved: Bool
    public var limit: Int
    public var offset: Int

    public init(status: PlaceStatus? = nil, category: PlaceCategory? = nil, division: String? = nil, asOf: String? = nil,
                includeReserved: Bool = false, limit: Int = 100, offset: Int = 0) {
        self.status = status
        self.category = category
        self.division = division
        self.asOf = asOf
        self.includeReserved = includeReserved
        self.limit = limit
        self.offset = offset
    }
}

/// 地名公告: what the 2023 备案公告办法 requires an announcement to hold.
public struct Announcement: Sendable, Hashable, Codable {
    public var placeID: String
    /// 标准名称
    public var name: String
    /// 罗马字母拼写 (toneless, as published)
    public var pinyin: String
    public var category: String?
    /// 所在政区: code and the names from the county down (`宜都市 陆城街道`)
    public var division: String?
    public var divisionName: String?
    /// 地理位置描述
    public var location: String
    /// 批准机关
    public var authority: String?
    /// 批准时间
    public var date: String?
    /// 批准文号
    public var document: String?
}
