/// A division as `locate` reports it: code, name, level and parent code.
public struct DivisionSummary: Hashable, Sendable {
    public var code: String
    public var name: String
    public var level: DivisionLevel
    public var parent: String?

    public init(code: String, name: String, level: DivisionLevel, parent: String?) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
    }
}

/// Where a point lies: the division it belongs to at every level of the data, smallest first
/// (township → county → city → province, as far as the database holds them), by the rules of
/// ``Locator``.
public struct LocateResult: Sendable, Equatable {
    public var position: Position
    public var chain: [DivisionSummary]
    /// The point lies within ``Locator/borderTolerance`` of a border: between two divisions, or
    /// on the outer edge of the data.
    public var onBorder: Bool
    /// The divisions across that border, deepest level first, each at the level where it
    /// borders the point's own division (a county beside the point's county, a township beside
    /// its township).
    public var neighbours: [DivisionSummary]

    public init(position: Position, chain: [DivisionSummary], onBorder: Bool, neighbours: [DivisionSummary]) {
        self.position = position
        self.chain = chain
        self.onBorder = onBorder
        self.neighbours = neighbours
    }

    public var smallest: DivisionSummary? { chain.first }
}
