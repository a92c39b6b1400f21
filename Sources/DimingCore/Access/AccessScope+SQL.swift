import GRDB

extension AccessScope {
    /// Features of `layer` inside the scope, in SQL: their division code starts with the
    /// scope's significant digits (``allows(divisionCode:)`` in SQL) — any of its division
    /// columns', for a layer with two (a boundary line's sides). nil for an unlimited scope; a
    /// layer with no division column shows a limited reader nothing.
    public func condition(for layer: Layer) -> SQL? {
        guard let division else { return nil }
        let columns = Self.columns(of: layer)
        guard !columns.isEmpty else { return "0" }
        let prefix = Self.significantPrefix(of: division)
        let tests: [SQL] = columns.map { "substr(\(SQL(sql: $0.quotedDatabaseIdentifier)), 1, \(prefix.count)) = \(prefix)" }
        return tests.count == 1 ? tests[0] : "(" + tests.joined(separator: " OR ") + ")"
    }
}
