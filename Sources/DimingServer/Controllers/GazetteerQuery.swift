import DimingCore
import DimingGazetteer
import Foundation
import Hummingbird

/// The query parameters of the gazetteer's read routes, each refused (400) naming itself.
enum GazetteerQuery {
    static let maximumLimit = 1000
    static let defaultLimit = 100
    /// Enough for any place name with its modifiers; a longer text is not a name.
    static let maximumNameLength = 100

    /// The parameters of `request` as a dictionary, refusing unknown and repeated ones.
    static func parameters(_ request: Request, allowed: Set<String>) throws -> [String: String] {
        Dictionary(try OGCQuery.check(request, allowed: allowed).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// `GET /gazetteer/places?status=&category=&in=&datetime=&limit=&offset=&include_reserved=`.
    static let filterParameters: Set<String> = ["status", "category", "in", "datetime", "limit", "offset", "include_reserved"]

    static func filter(_ parameters: [String: String]) throws -> PlaceFilter {
        var filter = PlaceFilter(limit: defaultLimit)
        filter.status = try parameters["status"].map { try value($0, of: PlaceStatus.self, field: "status") }
        filter.category = try parameters["category"].map { try value($0, of: PlaceCategory.self, field: "category") }
        filter.division = try parameters["in"].map { try division($0, field: "in") }
        filter.asOf = try asOf(parameters)
        if let text = parameters["include_reserved"] {
            guard let flag = ["true": true, "false": false][text] else {
                throw QueryError.invalidParameter("include_reserved", reason: Reason(QueryMessages.notOneOf, ["text": text, "allowed": "true, false"]))
            }
            filter.includeReserved = flag
        }
        if let text = parameters["limit"] {
            guard let limit = Int(text), (1...maximumLimit).contains(limit) else {
                throw QueryError.invalidParameter("limit", reason: Reason(QueryMessages.notLimit, ["text": text, "maximum": String(maximumLimit)]))
            }
            filter.limit = limit
        }
        if let text = parameters["offset"] {
            guard let offset = Int(text), offset >= 0, offset <= Int(Int32.max) else {
                throw QueryError.invalidParameter("offset", reason: Reason(QueryMessages.notInteger, ["text": text]))
            }
            filter.offset = offset
        }
        return filter
    }

    /// `datetime` as the day it names: `2015-06-01`, or an RFC 3339 instant on that day.
    static func asOf(_ parameters: [String: String]) throws -> String? {
        guard let text = parameters["datetime"] else { return nil }
        guard let day = day(text, allowingTime: true) else {
            throw QueryError.invalidParameter("datetime", reason: Reason(GazetteerHTTPMessages.notDate, ["text": text]))
        }
        return day
    }

    /// `GET /gazetteer/check?name=&category=&in=&reading=`.
    static func proposal(_ parameters: [String: String]) throws -> NameProposal {
        let name = try name(parameters, "name")
        guard let categoryText = parameters["category"] else {
            throw QueryError.invalidParameter("category", reason: Reason(QueryMessages.required))
        }
        return NameProposal(name: name, category: try value(categoryText, of: PlaceCategory.self, field: "category"),
                            division: try parameters["in"].map { try division($0, field: "in") },
                            reading: try parameters["reading"].map { try bounded($0, field: "reading") })
    }

    /// A required, non-empty text parameter no longer than a name can be.
    static func name(_ parameters: [String: String], _ field: String) throws -> String {
        guard let text = parameters[field], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw QueryError.invalidParameter(field, reason: Reason(QueryMessages.required))
        }
        return try bounded(text, field: field)
    }

    static func bounded(_ text: String, field: String) throws -> String {
        // Counted as JSON Schema counts (code points), so that the OpenAPI maxLength is exact.
        guard text.unicodeScalars.count <= maximumNameLength else {
            throw QueryError.invalidParameter(field, reason: Reason(GazetteerHTTPMessages.tooLong, ["maximum": String(maximumNameLength)]))
        }
        return text
    }

    static func value<Value: RawRepresentable & CaseIterable>(_ text: String, of _: Value.Type, field: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw QueryError.invalidParameter(field, reason: Reason(QueryMessages.notOneOf, ["text": text, "allowed": allowed]))
        }
        return value
    }

    static func division(_ text: String, field: String) throws -> String {
        guard let code = DivisionCode(text) else {
            throw QueryError.invalidParameter(field, reason: Reason(GazetteerHTTPMessages.notDivision, ["text": text]))
        }
        return code.digits
    }

    /// The day `text` names: `YYYY-MM-DD` (a real calendar day), or (`allowingTime`, as OGC's
    /// `datetime`) an RFC 3339 date-time whose date part it is; nil otherwise.
    static func day(_ text: String, allowingTime: Bool = false) -> String? {
        let date = String(text.prefix(10))
        guard PlaceDate.isDay(date) else { return nil }
        if text.utf8.count == 10 { return date }
        guard allowingTime else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text) != nil || fractional.date(from: text) != nil ? date : nil
    }
}
