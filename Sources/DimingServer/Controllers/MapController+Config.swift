import DimingCore
import Hummingbird

/// What the map page asks the server besides the OGC API: where to open (`/map/config.json`)
/// and its own texts in the browser's language (`/map/messages.json`).
extension MapController {
    /// `{"home": {"bbox": [w, s, e, n], "division": {code, name, level} | null, "source": …},
    ///   "chainCollection": "<collection id>"}`: the box the map fits on first (the `home_division`
    /// setting's division, else the only county, else every division) and the collection whose
    /// id names the division chain in `/locate` answers (the page names no layer itself).
    @Sendable func config(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        let home = try await Settings(database).homeView()
        let division: JSONValue = home.division.map { d in
            ["code": .string(d.code), "name": .string(d.name), "level": .string(d.level.rawValue)]
        } ?? .null
        let bbox: JSONValue = home.extent.map { b in
            .array([.number(b.minLon), .number(b.minLat), .number(b.maxLon), .number(b.maxLat)])
        } ?? .null
        let body: JSONValue = [
            "home": ["bbox": bbox, "division": division, "source": .string(home.source.rawValue)],
            "chainCollection": .string(Layer.divisions.name),
        ]
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil, negotiated: false) {
            .json(body)
        }
    }

    /// The map's texts (``MapMessages``) in the language `Accept-Language` asks for:
    /// `{"lang": "zh", "messages": {key: text}}`.
    @Sendable func messages(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        let language = Language(acceptLanguage: request.headers[.acceptLanguage])
        let texts = MapMessages.texts(language).sorted { $0.key < $1.key }
        let body: JSONValue = ["lang": .string(language.rawValue), "messages": .object(texts.map { ($0.key, .string($0.value)) })]
        var response = try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil, negotiated: false) {
            .json(body)
        }
        response.headers[.vary] = "Accept-Language"
        return response
    }
}
