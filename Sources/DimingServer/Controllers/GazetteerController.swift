import DimingCore
import DimingGazetteer
import Foundation
import HTTPTypes
import Hummingbird

/// The gazetteer's reads: `GET /gazetteer/places` (a filtered page), `/gazetteer/places/{id}`
/// (a place with its names; `datetime` asks what it was called that day),
/// `/gazetteer/places/{id}/history` (the event log) and `/gazetteer/places/{id}/announcement`
/// (the 地名公告 record as JSON, or the printable page for `f=html` or a browser). Each handler
/// makes one ``Gazetteer`` call, as `diming place list|show|history` do.
struct GazetteerController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/gazetteer/places", use: list)
        group.get("/gazetteer/places/:placeId", use: place)
        group.get("/gazetteer/places/:placeId/history", use: history)
        group.get("/gazetteer/places/:placeId/announcement", use: announcement)
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let filter = try GazetteerQuery.filter(GazetteerQuery.parameters(request, allowed: GazetteerQuery.filterParameters))
        let places = try await Gazetteer(database).list(filter)
        let body: JSONValue = [GazetteerResponse.placesMember: try GazetteerResponse.json(places),
                               "links": .array(links(request, filter, count: places.count))]
        return GazetteerResponse.response(body)
    }

    @Sendable func place(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let asOf = try GazetteerQuery.asOf(GazetteerQuery.parameters(request, allowed: ["datetime"]))
        let detail = try await Gazetteer(database).place(context.parameters.require("placeId"), asOf: asOf)
        return GazetteerResponse.response(try GazetteerResponse.json(detail))
    }

    @Sendable func history(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let events = try await Gazetteer(database).history(context.parameters.require("placeId"))
        return GazetteerResponse.response(["events": try GazetteerResponse.json(events)])
    }

    @Sendable func announcement(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let format = try OutputFormat.from(request, query: OGCQuery.check(request, allowed: ["f"]))
        let record = try await Gazetteer(database).announcement(context.parameters.require("placeId"))
        guard format == .html else { return GazetteerResponse.response(try GazetteerResponse.json(record)) }
        let language = request.language
        var headers: HTTPFields = [.contentType: MediaTypes.html, .cacheControl: "no-cache"]
        headers[.contentLanguage] = language.rawValue
        headers.append(HTTPField(name: .vary, value: "Accept, Accept-Language"))
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: GazetteerAnnouncementPage(record: record, language: language).render())))
    }

    /// `next` when the page is full (there may be more), `prev` when it did not start at 0.
    private func links(_ request: Request, _ filter: PlaceFilter, count: Int) -> [JSONValue] {
        let kept = (try? QueryString.parse(request.uri.query))?.filter { $0.name != "offset" && $0.name != "limit" } ?? []
        func page(_ offset: Int, rel: String) -> JSONValue {
            let query = kept + [("limit", String(filter.limit)), ("offset", String(offset))]
            return Link(href: "/gazetteer/places?" + QueryString.encode(query), rel: rel, type: MediaTypes.json).json
        }
        var links: [JSONValue] = []
        if count == filter.limit { links.append(page(filter.offset + filter.limit, rel: "next")) }
        if filter.offset > 0 { links.append(page(max(0, filter.offset - filter.limit), rel: "prev")) }
        return links
    }
}
