import DimingCore

/// 灾害过程: one disaster event — its hazard, when it started, the divisions it affects, and
/// where it stands (active → stabilised → closed). The reporting clocks run from `startedAt`
/// and `stabilisedAt`.
public struct DisasterEvent: Sendable, Equatable, Encodable {
    public var id: Int64
    public var hazard: Hazard
    public var subtype: String?
    public var name: String
    /// As given (with its offset); `startedUTC` is the same instant in UTC.
    public var startedAt: String
    public var startedUTC: String
    /// The division that files the reports (the county), and all the affected ones.
    public var division: String?
    public var divisions: [String]
    public var status: EventStatus
    public var stabilisedAt: String?
    public var closedAt: String?
    /// The deadline profile's name (``DeadlineProfile``); nil is the default.
    public var deadlineProfile: String?
    public var massCollapse: Bool
    public var note: String?
    public var createdBy: String?
    public var createdAt: String

    enum CodingKeys: String, CodingKey {
        case id, hazard, subtype, name, division, divisions, status, note
        case startedAt = "started_at", startedUTC = "started_utc", stabilisedAt = "stabilised_at", closedAt = "closed_at"
        case deadlineProfile = "deadline_profile", massCollapse = "mass_collapse", createdBy = "created_by", createdAt = "created_at"
        case hazardLabel = "hazard_label"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(hazard, forKey: .hazard)
        try c.encode(hazard.label, forKey: .hazardLabel)
        try c.encode(subtype, forKey: .subtype)
        try c.encode(name, forKey: .name)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(startedUTC, forKey: .startedUTC)
        try c.encode(division, forKey: .division)
        try c.encode(divisions, forKey: .divisions)
        try c.encode(status, forKey: .status)
        try c.encode(stabilisedAt, forKey: .stabilisedAt)
        try c.encode(closedAt, forKey: .closedAt)
        try c.encode(deadlineProfile ?? DeadlineProfile.standard.name, forKey: .deadlineProfile)
        try c.encode(massCollapse, forKey: .massCollapse)
        try c.encode(note, forKey: .note)
        try c.encode(createdBy, forKey: .createdBy)
        try c.encode(createdAt, forKey: .createdAt)
    }
}

/// Where an event stands. It only moves forward: the 核报 clock starts at stabilisation.
public enum EventStatus: String, CaseIterable, Sendable, Codable {
    case active, stabilised, closed

    public var label: LocalizedText {
        switch self {
        case .active: LocalizedText("发展中", "Active")
        case .stabilised: LocalizedText("已稳定", "Stabilised")
        case .closed: LocalizedText("已结束", "Closed")
        }
    }

    /// Whether an event may go from `self` to `next`: one step forward.
    public func mayBecome(_ next: EventStatus) -> Bool {
        switch (self, next) {
        case (.active, .stabilised), (.stabilised, .closed): true
        default: false
        }
    }
}

/// One status change (`disaster_event_changes`), the opening included.
public struct EventChange: Sendable, Equatable, Encodable {
    public var status: EventStatus
    public var at: String
    public var account: String?
    public var note: String?
}

/// What opening an event takes; checked by ``Disaster/addEvent(_:by:requestID:)``.
public struct EventDraft: Sendable, Equatable, Decodable {
    public var hazard: String
    public var subtype: String?
    public var name: String
    public var start: String
    public var divisions: [String]
    public var deadlineProfile: String?
    public var massCollapse: Bool
    public var note: String?

    public init(hazard: String, subtype: String? = nil, name: String, start: String, divisions: [String] = [],
                deadlineProfile: String? = nil, massCollapse: Bool = false, note: String? = nil) {
        self.hazard = hazard
        self.subtype = subtype
        self.name = name
        self.start = start
        self.divisions = divisions
        self.deadlineProfile = deadlineProfile
        self.massCollapse = massCollapse
        self.note = note
    }

    /// The members of the body of `POST /events` (the server refuses any other).
    public static let bodyMembers: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))
    /// The member listing several affected divisions.
    public static let divisionsMember = CodingKeys.divisions.rawValue

    /// The body of `POST /events`: `division` (one code) or `divisions` (several).
    enum CodingKeys: String, CodingKey, CaseIterable {
        case hazard, subtype, name, start, division, divisions, note
        case deadlineProfile = "deadline_profile", massCollapse = "mass_collapse"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        hazard = try c.decode(String.self, forKey: .hazard)
        subtype = try c.decodeIfPresent(String.self, forKey: .subtype)
        name = try c.decode(String.self, forKey: .name)
        start = try c.decode(String.self, forKey: .start)
        let one = try c.decodeIfPresent(String.self, forKey: .division)
        divisions = (one.map { [$0] } ?? []) + (try c.decodeIfPresent([String].self, forKey: .divisions) ?? [])
        deadlineProfile = try c.decodeIfPresent(String.self, forKey: .deadlineProfile)
        massCollapse = try c.decodeIfPresent(Bool.self, forKey: .massCollapse) ?? false
        note = try c.decodeIfPresent(String.self, forKey: .note)
    }
}
