import DimingCore
import DimingGazetteer
import Foundation

/// A gazetteer write's JSON body, read member by member so that a refusal names the member
/// (`approve` without `document` → 400, field `document`; `into[1].geometry` in a split).
/// Members the route does not take are refused too, so that a misspelt one is not ignored.
struct GazetteerBody {
    private let object: [String: Any]
    /// Where this object sits in the body (`into[1].`), prefixed to the names it reports.
    private let path: String

    static let shortText = 200
    static let longText = 10_000

    /// The body of `bytes`, a JSON object with only `members`. An empty body is an empty object (`POST …/review` needs nothing).
    init(bytes: [UInt8], members: Set<String>) throws {
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            try self.init(object: [:], path: "", members: members)
            return
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any] else {
            throw GazetteerRequestError.invalidField("body", reason: Reason(GazetteerHTTPMessages.bodyNotObject))
        }
        try self.init(object: object, path: "", members: members)
    }

    private init(object: [String: Any], path: String, members: Set<String>) throws {
        self.object = object
        self.path = path
        if let unknown = object.keys.sorted().first(where: { !members.contains($0) }) {
            throw GazetteerRequestError.invalidField(path + unknown, reason: Reason(GazetteerHTTPMessages.notBodyMember,
                                                                                    ["allowed": members.sorted().joined(separator: ", ")]))
        }
    }

    /// Refuses a request whose Content-Type is not JSON (a missing one is taken as JSON).
    static func checkContentType(_ header: String?) throws {
        guard let header else { return }
        let type = MediaTypes.essence(of: header)
        guard type == MediaTypes.json else { throw GazetteerRequestError.unsupportedMediaType(type) }
    }

    func refused(_ name: String, _ message: Message, _ arguments: [String: String] = [:]) -> GazetteerRequestError {
        .invalidField(path + name, reason: Reason(message, arguments))
    }

    /// A member that must be a non-empty string of at most `maximum` characters.
    func text(_ name: String, maximum: Int = shortText) throws -> String {
        guard let value = try optionalText(name, maximum: maximum) else { throw refused(name, QueryMessages.required) }
        return value
    }

    /// A member that may be absent or null; when given it is a non-empty string.
    func optionalText(_ name: String, maximum: Int = shortText) throws -> String? {
        guard let value = object[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw refused(name, GazetteerHTTPMessages.notString) }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw refused(name, GazetteerHTTPMessages.empty) }
        guard text.unicodeScalars.count <= maximum else { throw refused(name, GazetteerHTTPMessages.tooLong, ["maximum": String(maximum)]) }
        return text
    }

    /// A date member, `YYYY-MM-DD`.
    func date(_ name: String) throws -> String {
        let value = try text(name)
        guard let day = GazetteerQuery.day(value) else { throw refused(name, GazetteerHTTPMessages.notDate, ["text": value]) }
        return day
    }

    func optionalBool(_ name: String) throws -> Bool? {
        guard let value = object[name], !(value is NSNull) else { return nil }
        // JSONSerialization gives 1 and true alike as NSNumber; only a JSON boolean has type "c".
        guard let number = value as? NSNumber, String(cString: number.objCType) == "c" else {
            throw refused(name, GazetteerHTTPMessages.notBoolean)
        }
        return number.boolValue
    }

    /// A non-empty array of non-empty strings, at least `minimum` of them.
    func texts(_ name: String, minimum: Int) throws -> [String] {
        guard let value = object[name], !(value is NSNull) else { throw refused(name, QueryMessages.required) }
        guard let items = value as? [Any], let texts = items as? [String],
              texts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.count <= Self.shortText }) else {
            throw refused(name, GazetteerHTTPMessages.notStringArray)
        }
        guard texts.count >= minimum else { throw refused(name, GazetteerHTTPMessages.tooFew, ["minimum": String(minimum)]) }
        return texts
    }

    /// The members of a place draft: this object (`POST /gazetteer/places`) or a nested one.
    static let draftMembers: Set<String> = ["name", "category", "geometry", "division", "specific", "generic", "meaning",
                                            "history", "sources", "reading", "parent", "planned"]

    /// The draft this object describes.
    func draft() throws -> PlaceDraft {
        let categoryText = try text("category")
        guard let category = PlaceCategory(rawValue: categoryText) else {
            throw refused("category", QueryMessages.notOneOf,
                          ["text": categoryText, "allowed": PlaceCategory.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        var division = try optionalText("division")
        if let code = division {
            guard let parsed = DivisionCode(code) else { throw refused("division", GazetteerHTTPMessages.notDivision, ["text": code]) }
            division = parsed.digits
        }
        return PlaceDraft(name: try text("name"), category: category, geometry: try geometry("geometry"), division: division,
                          specific: try optionalText("specific"), generic: try optionalText("generic"),
                          meaning: try optionalText("meaning", maximum: Self.longText), history: try optionalText("history", maximum: Self.longText),
                          sources: try optionalText("sources", maximum: Self.longText), reading: try optionalText("reading"),
                          parent: try optionalText("parent"), planned: try optionalBool("planned") ?? false)
    }

    /// The nested object `name` (`into` of a merge), itself a draft.
    func nestedDraft(_ name: String) throws -> PlaceDraft {
        guard let value = object[name], !(value is NSNull) else { throw refused(name, QueryMessages.required) }
        guard let nested = value as? [String: Any] else { throw refused(name, GazetteerHTTPMessages.notObject) }
        return try GazetteerBody(object: nested, path: path + name + ".", members: Self.draftMembers).draft()
    }

    /// The array of objects `name` (`into` of a split), each a draft.
    func nestedDrafts(_ name: String, minimum: Int) throws -> [PlaceDraft] {
        guard let value = object[name], !(value is NSNull) else { throw refused(name, QueryMessages.required) }
        guard let items = value as? [Any], let objects = items as? [[String: Any]] else {
            throw refused(name, GazetteerHTTPMessages.notObjectArray)
        }
        guard objects.count >= minimum else { throw refused(name, GazetteerHTTPMessages.tooFew, ["minimum": String(minimum)]) }
        return try objects.enumerated().map { index, nested in
            try GazetteerBody(object: nested, path: "\(path)\(name)[\(index)].", members: Self.draftMembers).draft()
        }
    }

    /// A GeoJSON geometry member, read by the core's GeoJSON reader and checked (RFC 7946
    /// ranges, closed rings, GEOS validity: 422 naming it).
    func geometry(_ name: String) throws -> Geometry {
        guard let value = object[name], !(value is NSNull) else { throw refused(name, QueryMessages.required) }
        guard value is [String: Any] else { throw refused(name, GazetteerHTTPMessages.notObject) }
        let feature: [String: Any] = ["type": "Feature", "properties": [String: Any](), "geometry": value]
        var parsed: Geometry?
        do {
            let bytes = Array(try JSONSerialization.data(withJSONObject: feature))
            try GeoJSONReader(bytes: bytes).forEachFeature { _, feature in parsed = feature.geometry }
        } catch let error as GeometryError {
            throw error
        } catch {
            let reason = (error as? any Problem).map { Reason.problem($0) } ?? Reason.verbatim("\(error)")
            throw GazetteerRequestError.invalidField(path + name, reason: Reason(GazetteerHTTPMessages.notGeometry, reasons: ["reason": reason]))
        }
        guard let geometry = parsed else { throw refused(name, QueryMessages.required) }
        try geometry.validate()
        return geometry
    }
}
