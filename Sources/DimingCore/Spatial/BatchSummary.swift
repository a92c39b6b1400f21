/// What a ``BatchLocator`` run came to: rows answered and rows refused (the header and blank
/// lines are neither).
public struct BatchSummary: Sendable, Equatable {
    /// Rows answered, whether or not a division contains the point.
    public var located = 0
    /// Bad rows, left out of the output.
    public var refused = 0

    public init(located: Int = 0, refused: Int = 0) {
        self.located = located
        self.refused = refused
    }

    /// Every data row read.
    public var rows: Int { located + refused }

    /// Throws ``LocateError/rowsRefused(refused:rows:)`` when any row was refused, so that a
    /// run with bad rows ends with a non-zero exit code after answering the good ones.
    public func check() throws(LocateError) {
        if refused > 0 { throw .rowsRefused(refused: refused, rows: rows) }
    }
}
