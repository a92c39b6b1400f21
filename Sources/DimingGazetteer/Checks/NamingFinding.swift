/// What the naming checks say of a proposed name: a rule's code (`N-DUP`), how hard it
/// weighs, the words for the officer and the place it conflicts with.
public struct NamingFinding: Sendable, Hashable, Codable {
    public var code: String
    public var severity: Severity
    /// Chinese and English explanation.
    public var zh: String
    public var en: String
    public var conflicting: ConflictingPlace?

    public init(code: String, severity: Severity, zh: String, en: String, conflicting: ConflictingPlace? = nil) {
        self.code = code
        self.severity = severity
        self.zh = zh
        self.en = en
        self.conflicting = conflicting
    }

    /// REJECT blocks the proposal; REVIEW sends it to expert review; WARN the officer acknowledges.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case warn, review, reject

        public static func < (a: Severity, b: Severity) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public struct ConflictingPlace: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var division: String?
        /// Where the conflicting name stands (`approved`, `proposed`, `reserved` …): a pending
        /// or planned name blocks a duplicate too.
        public var status: String?

        public init(id: String, name: String, division: String?, status: String? = nil) {
            self.id = id
            self.name = name
            self.division = division
            self.status = status
        }
    }
}

/// A name to check: `diming place check NAME --category road --in DIVISION`, and every proposal.
public struct NameProposal: Sendable, Hashable {
    public var name: String
    public var category: PlaceCategory
    /// The division the place lies in (a township code for a road): scopes the duplicate checks.
    public var division: String?
    public var reading: String?
    /// The place being renamed, left out of its own duplicates.
    public var place: String?

    public init(name: String, category: PlaceCategory, division: String? = nil, reading: String? = nil, place: String? = nil) {
        self.name = name
        self.category = category
        self.division = division
        self.reading = reading
        self.place = place
    }
}
