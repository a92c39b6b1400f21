import DimingBoundaries
import DimingCore
import Foundation
import Hummingbird

/// 联合检查 over HTTP: open a round, record its findings (boundary inspectors scoped to either
/// side of the line, or admins; audited), read a round, and its report (联检报告) — the
/// printable page for `f=html` or `Accept: text/html`, JSON otherwise.
struct BoundaryInspectionsController {
    let database: DimingDatabase

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/boundaries/inspections", use: rounds)
        group.post("/boundaries/inspections", use: open)
        group.get("/boundaries/inspections/:round", use: round)
        group.post("/boundaries/inspections/:round/findings", use: record)
        group.get("/boundaries/inspections/:round/report", use: report)
    }

    static let roundMembers: Set<String> = ["line", "round", "started_on", "finished_on", "team_left", "team_right", "documents", "report_number", "tolerance_m"]
    static let findingMembers: Set<String> = ["marker", "kind", "inspection_date", "x", "y", "epsg", "lon", "lat", "note"]

    @Sendable func rounds(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let line = try GazetteerQuery.parameters(request, allowed: ["line"])["line"]
        return try BoundaryHTTP.json(["rounds": try await Boundaries(database).rounds(line: line)])
    }

    @Sendable func open(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let bytes = try await body(request, context)
        let draft = try BoundaryHTTP.decode(RoundDraft.self, bytes, members: Self.roundMembers)
        return try BoundaryHTTP.json(try await Boundaries(database).openRound(draft, by: context.identity, requestID: context.id), status: .created)
    }

    @Sendable func round(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("round", context)
        let boundaries = Boundaries(database)
        return try BoundaryHTTP.json(["round": AnyEncodable(try await boundaries.round(id)), "findings": AnyEncodable(try await boundaries.findings(round: id))])
    }

    @Sendable func record(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let id = try BoundaryHTTP.parameter("round", context)
        let bytes = try await body(request, context)
        let draft = try BoundaryHTTP.decode(FindingDraft.self, bytes, members: Self.findingMembers)
        return try BoundaryHTTP.json(try await Boundaries(database).recordFinding(round: id, draft, by: context.identity, requestID: context.id),
                                     status: .created)
    }

    @Sendable func report(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let query = try OGCQuery.check(request, allowed: ["f"])
        let format = try OutputFormat.from(request, query: query)
        let report = try await Boundaries(database).report(round: try BoundaryHTTP.parameter("round", context))
        switch format {
        case .html: return BoundaryHTTP.text(InspectionReportPage.html(report, language: request.language), type: MediaTypes.html)
        case .json: return BoundaryHTTP.text(report.json, type: MediaTypes.json)
        }
    }

    /// The JSON body, once the caller's role may inspect (401/403 before any byte is read).
    private func body(_ request: Request, _ context: DimingRequestContext) async throws -> [UInt8] {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        try Boundaries.authorizeWriter(context.identity)
        try GazetteerBody.checkContentType(request.headers[.contentType])
        var request = request
        return Array(try await request.collectBody(context: context).readableBytesView)
    }
}
