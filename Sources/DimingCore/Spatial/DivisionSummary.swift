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

/// Where a point lies: the smallest containing division first, then its parents up the chain
/// (township → county → city → province, as far as the database holds them).
public struct LocateResult: Sendable, Equatable {
    public var position: Position
    public var chain: [DivisionSummary]
    /// Other divisions of the same level whose border passes within ``Locator/borderTolerance``
    /// of the point: a point on a shared border names both sides.
    public var onBorderWith: [DivisionSummary]

    public var smallest: DivisionSummary? { chain.first }
}
