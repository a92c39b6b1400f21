import GRDB

extension AccessScope {
    /// Features of `layer` inside the scope, in SQL: their division code starts with the
    /// scope's significant digits (``allows(divisionCode:)`` in SQL). nil for an unlimited
    /// scope; a layer with no division column shows a limited reader nothing.
    public func condition(for layer: Layer) -> SQL? {
        guard let division else { return nil }
        guard let column = Self.column(of: layer) else { return "0" }
        let prefix = Self.significantPrefix(of: division)
        return "substr(\(SQL(sql: column.quotedDatabaseIdentifier)), 1, \(prefix.count)) = \(prefix)"
    }
}
