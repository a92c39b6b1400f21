import DimingCore
import DimingDisaster
import Foundation
import Hummingbird

/// 上报审批 over HTTP: `POST /events/{event}/filings` prepares a filing (reviewer, approver,
/// admin; 201 with `Location`), `GET /events/{event}/filings` and `…/filings/{filing}` read
/// them (a reader whose scope does not cover the event sees none: an empty list, 404 for
/// one), `POST …/filings/{filing}/approval` approves or returns one (approver or admin, never
/// its author). 401/403 come before a write's body is read.
struct DisasterFilingsController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.post("/events/:event/filings", use: prepare)
        group.get("/events/:event/filings", use: list)
        group.get("/events/:event/filings/:filing", use: show)
        group.post("/events/:event/filings/:filing/approval", use: decide)
    }

    static let prepareMembers: Set<String> = ["kind", "as_of", "note"]
    static let decisionMembers: Set<String> = ["decision", "reason"]

    struct PrepareBody: Decodable {
        var kind: String
        var asOf: String?
        var note: String?

        enum CodingKeys: String, CodingKey {
            case kind, note
            case asOf = "as_of"
        }
    }

    struct DecisionBody: Decodable {
        var decision: String
        var reason: String?
    }

    @Sendable func prepare(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let event = try DisasterEventsController.eventID(context)
        try Disaster.authorizeFilingPreparer(context.identity, event: event)
        let body = try BoundaryHTTP.decode(PrepareBody.self, try await Self.body(request, context), members: Self.prepareMembers)
        let kind = try FilingKind(parsing: body.kind)
        let filing = try await Disaster(database).prepareFiling(event: event, kind: kind, asOf: body.asOf, note: body.note,
                                                                by: context.identity, requestID: context.id)
        var response = Self.response(filing.json, status: .created)
        response.headers[.location] = "\(RequestOrigin.of(context, configuration: configuration))/events/\(event)/filings/\(filing.id)"
        return response
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let filings = try await Disaster(database).filings(event: try DisasterEventsController.eventID(context),
                                                           scope: DisasterReviewController.scope(context))
        return Self.response("{\"filings\":[" + filings.map(\.json).joined(separator: ",") + "]}", status: .ok)
    }

    @Sendable func show(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let filing = try await Disaster(database).filing(try Self.filingID(context), event: try DisasterEventsController.eventID(context),
                                                         scope: DisasterReviewController.scope(context))
        return Self.response(filing.json, status: .ok)
    }

    @Sendable func decide(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let event = try DisasterEventsController.eventID(context)
        let id = try Self.filingID(context)
        try Disaster.authorizeFilingApprover(context.identity, event: event, filing: id)
        let body = try BoundaryHTTP.decode(DecisionBody.self, try await Self.body(request, context), members: Self.decisionMembers)
        let decision = try FilingDecision(parsing: body.decision)
        let filing = try await Disaster(database).decideFiling(id, event: event, decision: decision, reason: body.reason,
                                                               by: context.identity, requestID: context.id)
        return Self.response(filing.json, status: .ok)
    }

    /// The `{filing}` of a route; one that is no number names no filing (404).
    static func filingID(_ context: DimingRequestContext) throws -> Int64 {
        let text = try BoundaryHTTP.parameter("filing", context)
        guard let id = Int64(text), id > 0 else { throw FilingsError.unknownFiling(text) }
        return id
    }

    private static func body(_ request: Request, _ context: DimingRequestContext) async throws -> [UInt8] {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        try GazetteerBody.checkContentType(request.headers[.contentType])
        var request = request
        return Array(try await request.collectBody(context: context).readableBytesView)
    }

    private static func response(_ json: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: MediaTypes.json, .cacheControl: "no-cache"],
                 body: .init(byteBuffer: ByteBuffer(string: json)))
    }
}
