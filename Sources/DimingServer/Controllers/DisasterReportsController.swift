import DimingCore
import DimingDisaster
import Crypto
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

    func addRoutes(to group: RouterGroup<DimingRequestContext>, bodyLimits: RouteBodyLimits, tokenConfirming: TokenConfirmingRoutes) {
        group.post(Self.submitPath, use: submit)
        // The group commit reads the token with the batch (every report would pay a read first).
        tokenConfirming.declare(.post, Self.submitPath)
        // A report with its photos (multipart) may be as large as an upload; JSON keeps --max-body.
        bodyLimits.declare(.post, Self.submitPath, limit: configuration.maxUploadBytes)
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
        if let boundary = MultipartForm.boundary(ofContentType: request.headers[.contentType]) {
            return try await submitWithPhotos(request, boundary: boundary, context: context)
        }
        guard type == MediaTypes.json || type == MediaTypes.geoJSON else { throw GazetteerRequestError.unsupportedMediaType(type) }
        var context = context
        context.bodyLimit = min(context.bodyLimit, configuration.maxBodyBytes)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > context.bodyLimit {
            throw ServerProblem.bodyTooLarge(limit: context.bodyLimit)
        }
        var request = request
        let bytes = Array(try await request.collectBody(context: context).readableBytesView)
        let submission = try await Disaster(database).submit(bytes, by: context.identity, confirmingToken: context.tokenToConfirm,
                                                            locators: locators, requestID: context.id)
        return Self.feature(submission.report, status: submission.outcome == .created ? .created : .ok)
    }

    /// `multipart/form-data`: the part `report` is the Feature, every file part a photo (TC-7).
    /// The report is filed first (a refused report leaves the photos unstored: 409 touches no
    /// attachment); each photo is then stored by content hash, a photo sent before is no new file.
    func submitWithPhotos(_ request: Request, boundary: String, context: DimingRequestContext) async throws -> Response {
        var request = request
        let body = Array(try await request.collectBody(context: context).readableBytesView)
        guard let form = MultipartForm(body, boundary: boundary), let report = form.parts.first(where: { $0.name == "report" }) else {
            throw ServerProblem.invalidBody(Reason(ReportsMessages.multipart))
        }
        let photos = form.parts.filter { $0.fileName != nil && $0.name != "report" }
        let media = try photos.map { part in
            let type = try AttachmentMediaType(contentType: part.contentType)
            guard type != .pdf else { throw AttachmentError.unsupportedMediaType(part.contentType) }
            return type
        }
        let disaster = Disaster(database)
        let submission = try await disaster.submit(report.body, by: context.identity, confirmingToken: context.tokenToConfirm,
                                                  locators: locators, requestID: context.id)
        let store = database.attachmentStore
        for (part, type) in zip(photos, media) {
            let bytes = part.body
            let staged = try await OffPool.run {
                let url = try store.newStagingURL()
                try Data(bytes).write(to: url)
                let digest = HexText.lowercase(SHA256.hash(data: bytes))
                return StagedAttachment(url: url, sha256: digest, sizeBytes: Int64(bytes.count))
            }
            _ = try await Attachments.add(staged, mediaType: type, fileName: try AttachmentName.validated(part.fileName), layer: .disasterReports,
                                          featureID: submission.report.uid, by: submission.account, requestID: context.id, to: database)
        }
        return Self.feature(try await disaster.report(submission.report.uid), status: submission.outcome == .created ? .created : .ok)
    }

    @Sendable func report(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try GazetteerQuery.parameters(request, allowed: [])
        let id = try BoundaryHTTP.parameter("reportId", context)
        return Self.feature(try await Disaster(database).report(id, scope: DisasterReviewController.scope(context)), status: .ok)
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

