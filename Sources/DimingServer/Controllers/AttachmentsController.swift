import DimingCore
import Foundation
import Hummingbird

/// `/collections/{collectionId}/items/{featureId}/attachments`: a feature's files. `POST`
/// streams a file to disk (its own body limit, `--max-upload-bytes`) and attaches it; `GET`
/// lists them; `GET …/{sha256}` returns one file's bytes, streamed from disk.
struct AttachmentsController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    static let listPath: RouterPath = "/collections/:collectionId/items/:featureId/attachments"
    static let filePath: RouterPath = "/collections/:collectionId/items/:featureId/attachments/:sha256"

    /// The routes go on the data group (behind the read gate); the upload declares its limit.
    func addRoutes(to group: RouterGroup<DimingRequestContext>, bodyLimits: RouteBodyLimits) {
        group.get(Self.listPath, use: list)
        group.get(Self.filePath, use: file)
        group.post(Self.listPath, use: add)
        bodyLimits.declare(.post, Self.listPath, limit: configuration.maxUploadBytes)
    }

    @Sendable func add(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let featureID = try context.parameters.require("featureId")
        let identity = context.identity
        // Before a byte of the body is read: 401, 404 and 403 cost neither side the upload.
        _ = try await database.pool.read { db in
            try Attachments.authorizeAdding(by: identity, layer: layer, featureID: featureID, in: db)
        }
        let name = try AttachmentName.validated(OGCQuery.check(request, allowed: ["name"]).first?.value)
        let mediaType = try AttachmentMediaType(contentType: request.headers[.contentType])
        let store = database.attachmentStore
        let staged = try await StreamedUpload.stage(request, context: context, in: store)
        let outcome: Attachments.Outcome
        do {
            outcome = try await Attachments.add(staged, mediaType: mediaType, fileName: name, layer: layer, featureID: featureID,
                                                by: identity, requestID: context.id, to: database)
        } catch {
            // `add` consumes the staged file, unless it failed before its transaction began.
            try? await OffPool.run { store.discard(staged.url) }
            throw error
        }
        return Self.answer(outcome, origin: RequestOrigin.of(context, configuration: configuration))
    }

    /// 201 with `Location` for a new attachment, 200 with `Content-Location` for one the
    /// feature already had.
    private static func answer(_ outcome: Attachments.Outcome, origin: String) -> Response {
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[outcome.created ? .location : .contentLocation] = AttachmentDocument.href(origin: origin, outcome.attachment)
        headers[.cacheControl] = "no-store"
        let body = AttachmentDocument.json(outcome.attachment, origin: origin).byteBuffer
        return Response(status: outcome.created ? .created : .ok, headers: headers, body: .init(byteBuffer: body))
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let featureID = try context.parameters.require("featureId")
        _ = try OGCQuery.check(request, allowed: [])
        let scope = context.identity?.scope ?? .everywhere
        let attachments = try await database.pool.read { db in
            try Attachments.list(layer: layer, featureID: featureID, scope: scope, in: db)
        }
        let origin = RequestOrigin.of(context, configuration: configuration)
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: nil, negotiated: false) {
            .json(AttachmentDocument.list(attachments, layer: layer, featureID: featureID, origin: origin))
        }
    }

    @Sendable func file(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let featureID = try context.parameters.require("featureId")
        let sha256 = try context.parameters.require("sha256")
        _ = try OGCQuery.check(request, allowed: [])
        let scope = context.identity?.scope ?? .everywhere
        let attachment = try await database.pool.read { db in
            try Attachments.find(sha256: sha256, layer: layer, featureID: featureID, scope: scope, in: db)
        }
        // The content never changes under its name: its SHA-256 is a strong validator.
        let tag = "\"\(attachment.sha256)\""
        var headers: HTTPFields = [.eTag: tag]
        headers[.cacheControl] = "no-cache"
        if let ifNoneMatch = request.headers[.ifNoneMatch], EntityTag.matches(ifNoneMatch: ifNoneMatch, tag: tag) {
            return Response(status: .notModified, headers: headers)
        }
        guard let url = database.attachmentStore.contentURL(sha256: attachment.sha256) else {
            throw MissingAttachmentFile(sha256: attachment.sha256)
        }
        let body: ResponseBody
        do {
            body = try await FileIO().loadFile(path: url.path, context: context)
        } catch {
            throw MissingAttachmentFile(sha256: attachment.sha256)
        }
        headers[.contentType] = attachment.mediaType.rawValue
        headers[.contentDisposition] = AttachmentDocument.contentDisposition(attachment)
        return Response(status: .ok, headers: headers, body: body)
    }
}

/// A recorded attachment whose file is not in the store: the server's fault (500, logged),
/// not the client's.
struct MissingAttachmentFile: Error, CustomStringConvertible {
    let sha256: String
    var description: String { "attachment file \(sha256) is recorded but missing from the store" }
}
