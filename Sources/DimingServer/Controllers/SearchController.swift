import DimingCore
import DimingGazetteer
import Hummingbird

/// `GET /search?q=&in=&category=&limit=`: places by name, pinyin, initials, homophone,
/// traditional characters or former name, best first — as `diming search --format json`
/// prints them (both call ``Gazetteer/search(_:)``). A limited account finds only the places
/// inside its scope.
struct SearchController {
    let gazetteer: Gazetteer

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/search", use: search)
    }

    @Sendable func search(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = Dictionary(try OGCQuery.check(request, allowed: ["q", "in", "category", "limit"]).map { ($0.name, $0.value) },
                                    uniquingKeysWith: { first, _ in first })
        let query = try PlaceSearchQuery.checked(text: parameters["q"], division: parameters["in"], category: parameters["category"],
                                                 limit: parameters["limit"], scope: context.identity?.scope ?? .everywhere)
        let results = try await gazetteer.search(query)
        let body: JSONValue = [
            "q": .string(query.text),
            "normalized": .string(Gazetteer.normalizedSearchText(query.text)),
            "results": .array(results.map(Self.json)),
        ]
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body.byteBuffer))
    }

    static func json(_ result: PlaceSearchResult) -> JSONValue {
        [
            "id": .string(result.id), "name": .string(result.name), "pinyin": result.pinyin.map(JSONValue.string) ?? .null,
            "category": result.category.map(JSONValue.string) ?? .null, "division": result.division.map(JSONValue.string) ?? .null,
            "matched_by": .string(result.matchedBy.rawValue), "score": .number(result.score), "status": .string(result.status.rawValue),
            "historical": .bool(result.historical),
            "matched_name": result.matchedName.map(JSONValue.string) ?? .null, "label": result.label.map(JSONValue.string) ?? .null,
            "lon": result.lon.map(JSONValue.number) ?? .null, "lat": result.lat.map(JSONValue.number) ?? .null,
        ]
    }
}
