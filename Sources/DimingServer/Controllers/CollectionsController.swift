import DimingCore
import Foundation
import Hummingbird

/// `/collections` and `/collections/{collectionId}`: the layers as OGC collections.
struct CollectionsController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/collections", use: list)
        group.get("/collections/:collectionId", use: show)
    }

    @Sendable func list(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let format = try OutputFormat.from(request, query: try OGCQuery.check(request, allowed: ["f"]))
        let origin = RequestOrigin.of(context, configuration: configuration)
        let layers = database.catalog.layers
        let scope = context.identity?.scope ?? .everywhere
        let version = try await database.pool.read { db in try DataVersion.read(in: db) }
        let names = layers.map(\.name)
        return try await ConditionalResponse.respond(
            to: request, versionKey: "collections|\(version.tag(of: names))|\(format)|\(origin)|\(scope)",
            lastModified: version.lastModified(of: names)
        ) {
            let documents = try await documents(for: layers, scope: scope, origin: origin)
            switch format {
            case .json:
                return .json([
                    "links": .array(Link.selfAndAlternates(href: origin + "/collections", format: format).map(\.json)),
                    "collections": .array(documents.map(\.json)),
                ])
            case .html: return .html(HTMLViews.collections(documents, language: request.language))
            }
        }
    }

    @Sendable func show(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let format = try OutputFormat.from(request, query: try OGCQuery.check(request, allowed: ["f"]))
        let origin = RequestOrigin.of(context, configuration: configuration)
        let scope = context.identity?.scope ?? .everywhere
        let version = try await database.pool.read { db in try DataVersion.read(in: db) }
        return try await ConditionalResponse.respond(
            to: request, versionKey: "collection|\(layer.name)|\(version.tag(of: [layer.name]))|\(format)|\(origin)|\(scope)",
            lastModified: version.lastModified(of: [layer.name])
        ) {
            let document = try await documents(for: [layer], scope: scope, origin: origin)[0]
            switch format {
            case .json: return .json(document.json)
            case .html: return .html(HTMLViews.collection(document, language: request.language))
            }
        }
    }

    /// The documents as `scope` sees them: counts and extents of its own features only.
    private func documents(for layers: [Layer], scope: AccessScope, origin: String) async throws -> [CollectionDocument] {
        try await database.pool.read { db in
            try layers.map { layer in
                CollectionDocument(layer: layer, statistics: try LayerStatistics.read(layer, scope: scope, in: db),
                                   temporalExtent: try FeatureProvider(layer: layer).temporalExtent(scope: scope, in: db),
                                   origin: origin, provenance: try LayerSource.read(layer: layer.name, in: db))
            }
        }
    }
}
