import DimingCore
import DimingDisaster
import Foundation
import Hummingbird

/// 灾情速报 over HTTP (issue 11's contract): `POST /reports` (and the same body at the reports
/// collection's items) files one report Feature — 201 created, 200 for a resend of the same
/// content, 409 for the same id with other content or a correction of an out-of-date
/// version — answered once the report is durable. `GET /reports/{id}` shows one version.
/// The role is checked before the body is read (401 without a token, 403 for other roles).
struct DisasterReportsController {
    let database: DimingDatabase
    let locators: LocatorCache
    let configuration: ServerConfiguration

    static let submitPath: RouterPath = "/reports"

    func addRoutes(to group: RouterGroup<DimingRequestContext>, bodyLimits: RouteBodyLimits) {
        group.post(Self.submitPath, use: submit)
        group.get("/reports/:reportId", use: report)
        group.post(Self.photosPath, use: addPhoto)
        bodyLimits.declare(.post, Self.photosPath, limit: configuration.maxUploadBytes)
    }

    static let photosPath: RouterPath = "/reports/:reportId/photos"

    /// A photo of a report (TC-7), one file a request, `?name=` the file name it was expected
    /// as: stored by content hash and fsynced before its row commits (the core's attachments);
    /// the same photo again is 200 and no new file. The report's expected vs present count
    /// shows on `GET /reports/{id}`.
    @Sendable func addPhoto(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = Layer.disasterReports
        try Disaster.authorizeReporter(context.identity)
        let uid = try await Disaster(database).report(try BoundaryHTTP.parameter("reportId", context)).uid
        let identity = context.identity
        _ = try await database.pool.read { db in try Attachments.authorizeAdding(by: identity, layer: layer, featureID: uid, in: db) }
        let name = try AttachmentName.validated(OGCQuery.check(request, allowed: ["name"]).first?.value)
        let mediaType = try AttachmentMediaType(contentType: request.headers[.contentType])
        guard mediaType != .pdf else { throw AttachmentError.unsupportedMediaType(MediaTypes.essence(of: request.headers[.contentType] ?? "")) }
        let store = database.attachmentStore
        let staged = try await StreamedUpload.stage(request, context: context, in: store)
        let outcome: Attachments.Outcome
        do {
            outcome = try await Attachments.add(staged, mediaType: mediaType, fileName: name, layer: layer, featureID: uid,
                                                by: identity, requestID: context.id, to: database)
        } catch {
            try? await OffPool.run { store.discard(staged.url) }
            throw error
        }
        return Self.feature(try await Disaster(database).report(uid), status: outcome.created ? .created : .ok)
    }

    @Sendable func submit(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        try Disaster.authorizeReporter(context.identity)
        let type = request.headers[.contentType].map(MediaTypes.essence(of:)) ?? MediaTypes.json
        guard type == MediaTypes.json || type == MediaTypes.geoJSON else { throw GazetteerRequestError.unsupportedMediaType(type) }
        var request = request
        let bytes = Array(try await request.collectBody(context: context).readableBytesView)
        let submission = try await Disaster(database).submit(bytes, by: context.identity, locators: locators, requestID: context.id)
        return Self.feature(submission.report, status: submission.outcome == .created ? .created : .ok)
    }

    @Sendable func report(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        return Self.feature(try await Disaster(database).report(id), status: .ok)
    }

    static func feature(_ report: StoredReport, status: HTTPResponse.Status) -> Response {
        var headers: HTTPFields = [.contentType: MediaTypes.geoJSON]
        headers[.cacheControl] = status == .created ? "no-store" : "no-cache"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: report.feature.text)))
    }
}

/// A refused report lists every refused field in `errors` (field, detail), not only the first.
extension ReportsError: ProblemExtensionMembers {
    func extensionMembers(in language: Language) -> [(String, JSONValue)] {
        guard !issues.isEmpty else { return [] }
        return [("errors", .array(issues.map { .object([("field", .string($0.field)), ("detail", .string($0.reason.text(in: language)))]) }))]
    }
}
