import DimingCore
import Foundation

/// What `diming search` and `GET /search` ask: the text, and optionally a division (places in
/// it or below it), a category and how many results.
public struct PlaceSearchQuery: Sendable, Hashable {
    public static let defaultLimit = 10
    public static let maximumLimit = 100
    /// Longer texts are refused: no place name or address is this long.
    public static let maximumLength = 64

    public var text: String
    /// A division code (`420581`, `420581001`): places in it or below it.
    public var division: DivisionCode?
    public var category: PlaceCategory?
    public var limit: Int
    /// Reserved names of the 地名方案 are left out unless asked for.
    public var includeReserved: Bool
    /// The caller's access scope: a limited account finds only places inside it.
    public var scope: AccessScope

    public init(_ text: String, division: DivisionCode? = nil, category: PlaceCategory? = nil,
                limit: Int = PlaceSearchQuery.defaultLimit, includeReserved: Bool = false, scope: AccessScope = .everywhere) {
        self.text = text
        self.division = division
        self.category = category
        self.limit = limit
        self.includeReserved = includeReserved
        self.scope = scope
    }

    /// A query from user input, refused with the field named: `q` missing, empty or too long,
    /// `limit` not 1…100, `in` not a division code, `category` not a known category.
    public static func checked(text: String?, division: String? = nil, category: String? = nil, limit: String? = nil,
                               includeReserved: Bool = false, scope: AccessScope = .everywhere) throws -> PlaceSearchQuery {
        guard let text else { throw QueryError.invalidParameter("q", reason: Reason(QueryMessages.required)) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError.invalidParameter("q", reason: Reason(SearchMessages.emptyQuery)) }
        guard trimmed.count <= maximumLength else {
            throw QueryError.invalidParameter("q", reason: Reason(SearchMessages.queryTooLong, ["maximum": String(maximumLength)]))
        }
        var query = PlaceSearchQuery(trimmed, includeReserved: includeReserved, scope: scope)
        if let limit {
            guard let value = Int(limit), (1...maximumLimit).contains(value) else {
                throw QueryError.invalidParameter("limit", reason: Reason(QueryMessages.notLimit, ["text": limit, "maximum": String(maximumLimit)]))
            }
            query.limit = value
        }
        if let division {
            guard let code = DivisionCode(division) else {
                throw QueryError.invalidParameter("in", reason: Reason(SearchMessages.notDivisionCode, ["text": division]))
            }
            query.division = code
        }
        if let category {
            guard let value = PlaceCategory(rawValue: category) else {
                throw QueryError.invalidParameter("category", reason: Reason(QueryMessages.notOneOf, [
                    "text": category, "allowed": PlaceCategory.allCases.map(\.rawValue).joined(separator: ", "),
                ]))
            }
            query.category = value
        }
        return query
    }
}
