import DimingCore
import DimingDisaster
import Foundation
import HTTPTypes
import Hummingbird

/// The review of disaster reports over HTTP: `POST /reports/{id}/review` (a reviewer who did
/// not submit the version; audited), `GET /reports/{id}/versions` (the report's chain with
/// states and reviews) and `GET /events/{id}/reports` (a filtered page). Reads show only the
/// reports inside the caller's scope; one outside it is 404, as if it did not exist.
struct DisasterReviewController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.post("/reports/:reportId/review", use: review)
        group.get("/reports/:reportId/versions", use: versions)
        group.get("/events/:event/reports", use: list)
    }

    static let reviewMembers: Set<String> = ["state", "note"]
    static let listParameters: Set<String> = ["state", "township", "all_versions", "limit", "offset"]

    struct ReviewBody: Decodable {
        var state: String
        var note: String?
    }

    @Sendable func review(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        // 401/403 for the role before any byte of the body is read.
        try Disaster.authorizeReviewer(context.identity, report: id)
        try GazetteerBody.checkContentType(request.headers[.contentType])
        var request = request
        let bytes = Array(try await request.collectBody(context: context).readableBytesView)
        let body = try BoundaryHTTP.decode(ReviewBody.self, bytes, members: Self.reviewMembers)
        let state = try ReviewState(parsing: body.state)
        let review = try await Disaster(database).review(id, to: state, note: body.note, by: context.identity, requestID: context.id)
        return try BoundaryHTTP.json(review, status: .ok)
    }

    @Sendable func versions(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        let (versions, reviews) = try await Disaster(database).versions(of: id, scope: Self.scope(context))
        var out = JSONOutput()
        out.append("{\"versions\":")
        Self.append(versions, to: &out)
        out.append(",\"reviews\":")
        out.appendRaw(String(decoding: try Self.encoder.encode(reviews), as: UTF8.self))
        out.append("}")
        return Self.response(out.bytes, type: MediaTypes.json)
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = try GazetteerQuery.parameters(request, allowed: Self.listParameters)
        let event = try Self.event(context)
        let filter = try Self.filter(parameters)
        let reports = try await Disaster(database).reports(event: event, filter: filter, scope: Self.scope(context))
        var out = JSONOutput()
        out.append("{\"reports\":")
        Self.append(reports, to: &out)
        out.append(",\"links\":")
        out.appendRaw(String(decoding: JSONValue.array(Self.links(request, event: event, filter, count: reports.count).map(\.json)).bytes, as: UTF8.self))
        out.append("}")
        return Self.response(out.bytes, type: MediaTypes.json)
    }

    /// The reader's scope: a township account sees its township only.
    static func scope(_ context: DimingRequestContext) -> AccessScope {
        context.identity?.scope ?? .everywhere
    }

    /// The `{id}` of an event route; one that is no number names no event (404).
    static func event(_ context: DimingRequestContext) throws -> Int64 {
        let text = try BoundaryHTTP.parameter("event", context)
        guard let id = Int64(text), id > 0 else { throw ReviewError.unknownEvent(text) }
        return id
    }

    static func filter(_ parameters: [String: String]) throws -> ReportFilter {
        var filter = ReportFilter()
        if let text = parameters["state"] { filter.state = try ReviewState(parsing: text) }
        if let text = parameters["township"] {
            guard text.count == 9, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else {
                throw ReviewError.invalidValue(field: "township", value: text, allowed: ["a 9-digit township code"])
            }
            filter.township = text
        }
        switch parameters["all_versions"] {
        case nil, "false"?: filter.allVersions = false
        case "true"?: filter.allVersions = true
        case let other?: throw ReviewError.invalidValue(field: "all_versions", value: other, allowed: ["true", "false"])
        }
        if let text = parameters["limit"] {
            guard let limit = Int(text), (1...ReportFilter.maximumLimit).contains(limit) else {
                throw QueryError.invalidParameter("limit", reason: Reason(QueryMessages.notLimit, ["text": text, "maximum": String(ReportFilter.maximumLimit)]))
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

    /// `next` when the page is full (there may be more), `prev` when it did not start at 0.
    private static func links(_ request: Request, event: Int64, _ filter: ReportFilter, count: Int) -> [Link] {
        let kept = (try? QueryString.parse(request.uri.query))?.filter { $0.name != "offset" && $0.name != "limit" } ?? []
        func page(_ offset: Int, rel: String) -> Link {
            let query = kept + [("limit", String(filter.limit)), ("offset", String(offset))]
            return Link(href: "/events/\(event)/reports?" + QueryString.encode(query), rel: rel, type: MediaTypes.json)
        }
        var links: [Link] = []
        if count == filter.limit { links.append(page(filter.offset + filter.limit, rel: "next")) }
        if filter.offset > 0 { links.append(page(max(0, filter.offset - filter.limit), rel: "prev")) }
        return links
    }

    static func append(_ versions: [StoredReportVersion], to out: inout JSONOutput) {
        out.append("[")
        for (i, version) in versions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            version.appendJSON(to: &out)
        }
        out.append("]")
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }()

    static func response(_ bytes: [UInt8], type: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
