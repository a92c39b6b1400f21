import DimingCore
import DimingDisaster
import Foundation
import Hummingbird

/// OGC API - Features Part 4: `POST /collections/{id}/items`, `PUT`, `PATCH` and `DELETE
/// /collections/{id}/items/{featureId}`. Each handler authorizes the role before reading the
/// body, parses it, and makes one ``FeatureEditor`` call; the core authorizes the division,
/// validates, checks `If-Match`, writes and audits in one transaction.
struct FeatureEditingController {
    let database: DimingDatabase
    let configuration: ServerConfiguration
    /// Disaster reports have their own submission path (versions, idempotency): their
    /// collection's POST is that path, the same as `POST /reports`.
    var reports: DisasterReportsController?

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.post("/collections/:collectionId/items", use: create)
        group.put("/collections/:collectionId/items/:featureId", use: replace)
        group.patch("/collections/:collectionId/items/:featureId", use: update)
        group.delete("/collections/:collectionId/items/:featureId", use: delete)
    }

    @Sendable func create(_ request: Request, context: DimingRequestContext) async throws -> Response {
        if let reports, context.parameters.get("collectionId") == Layer.disasterReports.name {
            return try await reports.submit(request, context: context)
        }
        let (editor, actor) = try authorize(context)
        let feature = try EditRequest.feature(from: try await body(request, context: context))
        let edit = try await editor.create(feature, by: actor)
        return try respond(edit, layer: editor.layer, context: context, status: edit.outcome == .created ? .created : .ok)
    }

    @Sendable func replace(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let (editor, actor) = try authorize(context)
        let id = try context.parameters.require("featureId")
        let precondition = try EditRequest.precondition(request)
        try refuseReportEdits(editor.layer)
        let feature = try EditRequest.feature(from: try await body(request, context: context))
        let edit = try await editor.replace(id: id, with: feature, precondition: precondition, by: actor)
        return try respond(edit, layer: editor.layer, context: context, status: .ok)
    }

    @Sendable func update(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let (editor, actor) = try authorize(context)
        let id = try context.parameters.require("featureId")
        let precondition = try EditRequest.precondition(request)
        try refuseReportEdits(editor.layer)
        let patch = try EditRequest.patch(from: try await body(request, context: context, mergePatch: true))
        let edit = try await editor.update(id: id, with: patch, precondition: precondition, by: actor)
        return try respond(edit, layer: editor.layer, context: context, status: .ok)
    }

    @Sendable func delete(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let (editor, actor) = try authorize(context)
        let id = try context.parameters.require("featureId")
        let precondition = try EditRequest.precondition(request)
        try refuseReportEdits(editor.layer)
        _ = try await editor.delete(id: id, precondition: precondition, by: actor)
        return Response(status: .noContent)
    }

    /// A report version is never changed or deleted in place: a correction is a new version
    /// (`replaces`), a wrong one is rejected in review (409, after 401/403/428).
    private func refuseReportEdits(_ layer: Layer) throws {
        guard layer.name == Layer.disasterReports.name else { return }
        let m = DisasterMessages.writeThroughReports
        throw EditError.refusedByRule("\(layer.name): \(m.zh) / \(m.en)")
    }

    /// The layer and the caller, refused (401, 403) before any body byte is read.
    private func authorize(_ context: DimingRequestContext) throws -> (FeatureEditor, FeatureEditor.Actor) {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        try AccessPolicy.authorize(context.identity, for: .editLayer(layer))
        return (FeatureEditor(database: database, layer: layer), FeatureEditor.Actor(account: context.identity, requestID: context.id))
    }

    private func body(_ request: Request, context: DimingRequestContext, mergePatch: Bool = false) async throws -> [UInt8] {
        try EditRequest.checkContentType(request.headers[.contentType], mergePatch: mergePatch)
        var request = request
        return Array(try await request.collectBody(context: context).readableBytesView)
    }

    private func respond(_ edit: FeatureEdit, layer: Layer, context: DimingRequestContext, status: HTTPResponse.Status) throws -> Response {
        guard let feature = edit.feature else { return Response(status: .noContent) }
        let origin = RequestOrigin.of(context, configuration: configuration)
        var headers: HTTPFields = [.contentType: MediaTypes.geoJSON]
        headers[.eTag] = "\"\(feature.entityTag)\""
        headers[.location] = "\(origin)/collections/\(layer.name)/items/\(feature.idText)"
        headers[.cacheControl] = "no-store"
        let links = ItemLinks.feature(origin: origin, layer: layer, id: feature.idText, format: .json)
        return Response(status: status, headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: FeatureDocument.feature(feature, links: links))))
    }
}
