/// Which of an event's reports a list shows: by review state and township, current versions
/// only unless `allVersions`, a page at a time (like the gazetteer's lists).
public struct ReportFilter: Sendable, Equatable {
    public var state: ReviewState?
    public var township: String?
    public var allVersions: Bool
    public var limit: Int
    public var offset: Int

    public static let defaultLimit = 100
    public static let maximumLimit = 10_000

    public init(state: ReviewState? = nil, township: String? = nil, allVersions: Bool = false,
                limit: Int = defaultLimit, offset: Int = 0) {
        self.state = state
        self.township = township
        self.allVersions = allVersions
        self.limit = limit
        self.offset = offset
    }
}
