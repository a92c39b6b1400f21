import DimingCore
import GRDB

/// The division a place lies in: derived from its point by the core's ``Locator`` (top-down,
/// one owner at every level), the smallest division holding it.
enum PlaceDivision {
    /// The division to store for a place at `point`: the smallest one containing it; a given
    /// code must be that one or one of its parents (else refused, naming the field); with no
    /// division loaded around the point, the given code (which must exist) or nil.
    static func resolve(_ given: String?, at point: Position, locator: Locator, in db: Database) throws -> String? {
        if let given, try String.fetchOne(db, sql: "SELECT code FROM divisions WHERE code = ?", arguments: [given]) == nil {
            throw GazetteerError.unknownDivision(given)
        }
        let chain = locator.locate(point).chain
        guard let smallest = chain.first else { return given }
        if let given, !chain.contains(where: { $0.code == given }) {
            throw GazetteerError.divisionMismatch(given: given, derived: smallest.code)
        }
        return smallest.code
    }

    /// The names of `code` and its parents, outermost first (`宜昌市 宜都市 陆城街道`).
    static func names(of code: String, in db: Database) throws -> [String] {
        var names: [String] = []
        var next: String? = code
        while let current = next, names.count < 8,
              let row = try Row.fetchOne(db, sql: "SELECT name, parent FROM divisions WHERE code = ?", arguments: [current]) {
            names.insert(row["name"], at: 0)
            next = row["parent"]
        }
        return names
    }
}
