import DimingCore
import DimingDisaster
import Foundation
import Hummingbird

/// 灾害过程 over HTTP: open an event (admins and disaster reviewers; 201 with the event and its
/// `Location`; audited by the façade), list and read events, move one forward, its summary
/// (JSON, the 快报 table as CSV, or a printable page) and its deadlines. Reads are open like
/// the layers; 401/403 come before a write's body is read.
struct DisasterEventsController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/events", use: list)
        group.post("/events", use: add)
        group.get("/events/:event", use: show)
        group.post("/events/:event/status", use: status)
        group.get("/events/:event/summary", use: summary)
        group.get("/events/:event/summary.html", use: summaryPage)
        group.get("/events/:event/deadlines", use: deadlines)
    }

    static let statusMembers: Set<String> = ["status", "at", "note"]

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try GazetteerQuery.parameters(request, allowed: ["status"])
        let status = try query["status"].map { text in
            guard let status = EventStatus(rawValue: text) else { throw EventsError.invalidStatus(text) }
            return status
        }
        return try BoundaryHTTP.json(["events": try await Disaster(database).events(status: status)])
    }

    @Sendable func add(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let bytes = try await body(request, context)
        let draft = try BoundaryHTTP.decode(EventDraft.self, bytes, members: EventDraft.bodyMembers)
        let event = try await Disaster(database).addEvent(draft, by: context.identity, requestID: context.id)
        var response = try BoundaryHTTP.json(event, status: .created)
        response.headers[.location] = "\(RequestOrigin.of(context, configuration: configuration))/events/\(event.id)"
        return response
    }

    @Sendable func show(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let disaster = Disaster(database)
        let id = try Self.eventID(context)
        let event = try await disaster.event(id)
        return try BoundaryHTTP.json(["event": AnyEncodable(event), "changes": AnyEncodable(try await disaster.eventChanges(id))])
    }

    @Sendable func status(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let id = try Self.eventID(context)
        let bytes = try await body(request, context)
        let change = try BoundaryHTTP.decode(StatusChange.self, bytes, members: Self.statusMembers)
        let event = try await Disaster(database).changeEventStatus(id, to: change.status, at: change.at, note: change.note,
                                                                   by: context.identity, requestID: context.id)
        return try BoundaryHTTP.json(event)
    }

    /// JSON by default; the 快报 table as CSV for `f=csv` or `Accept: text/csv`.
    @Sendable func summary(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try GazetteerQuery.parameters(request, allowed: ["as_of", "level", "f"])
        if let f = query["f"], !["json", "csv"].contains(f) { throw ServerProblem.invalidFormat(f, allowed: ["json", "csv"]) }
        let summary = try await eventSummary(query, context)
        let wantsCSV = query["f"] == "csv" || (query["f"] == nil && request.headers[.accept].map(MediaTypes.essence(of:)) == "text/csv")
        if wantsCSV { return BoundaryHTTP.text(summary.csv(), type: "text/csv; charset=utf-8") }
        return BoundaryHTTP.text(summary.json, type: MediaTypes.json)
    }

    @Sendable func summaryPage(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try GazetteerQuery.parameters(request, allowed: ["as_of", "level"])
        return BoundaryHTTP.text(SummaryPage.html(try await eventSummary(query, context), language: request.language), type: MediaTypes.html)
    }

    @Sendable func deadlines(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try GazetteerQuery.parameters(request, allowed: ["now"])
        return try BoundaryHTTP.json(try await Disaster(database).deadlines(event: try Self.eventID(context), now: query["now"]))
    }

    private func eventSummary(_ query: [String: String], _ context: DimingRequestContext) async throws -> EventSummary {
        let level = try query["level"].map { text in
            guard let level = SummaryLevel(rawValue: text) else { throw EventsError.invalidValue(field: "level", value: text) }
            return level
        } ?? .township
        return try await Disaster(database).summary(event: try Self.eventID(context), level: level, asOf: query["as_of"])
    }

    static func eventID(_ context: DimingRequestContext) throws -> Int64 {
        let text = try BoundaryHTTP.parameter("event", context)
        guard let id = Int64(text), id > 0 else { throw EventsError.unknownEvent(text) }
        return id
    }

    /// The JSON body, once the caller's role may open events (401/403 before any byte is read).
    private func body(_ request: Request, _ context: DimingRequestContext) async throws -> [UInt8] {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        try Disaster.authorizeEventWriter(context.identity)
        try GazetteerBody.checkContentType(request.headers[.contentType])
        var request = request
        return Array(try await request.collectBody(context: context).readableBytesView)
    }
}

/// The body of `POST /events/{id}/status`.
struct StatusChange: Decodable {
    var status: String
    var at: String?
    var note: String?
}
