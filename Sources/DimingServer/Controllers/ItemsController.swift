import DimingCore
import Foundation
import Hummingbird

/// `/collections/{collectionId}/items` and `/items/{featureId}`: parse, ask the core's
/// ``FeatureProvider``, write GeoJSON or HTML. The ETag comes from the layer's
/// ``DataVersion`` and the request, so a conditional GET costs no query.
struct ItemsController {
    let database: DimingDatabase
    let configuration: ServerConfiguration

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/collections/:collectionId/items", use: items)
        group.get("/collections/:collectionId/items/:featureId", use: item)
    }

    @Sendable func items(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let asked = try ItemsRequest(request, context: context, catalog: database.catalog, configuration: configuration)
        let parsed = try asked.featureQuery()
        // A box in metres is transformed now: a refusal must come before the stream starts.
        let (query, version) = try await database.pool.read { db in
            (try parsed.resolvingProjectedBBox(in: db), try DataVersion.read(in: db))
        }
        return try await ConditionalResponse.respond(
            to: request, versionKey: "items|\(asked.layer.name)|\(version.tag(of: [asked.layer.name]))|\(asked.format)|\(asked.origin)|\(query.scope)|\(request.uri.query ?? "")",
            lastModified: version.lastModified(of: [asked.layer.name])
        ) {
            try await page(query, asked: asked, language: request.language)
        }
    }

    @Sendable func item(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let asked = try ItemsRequest(request, context: context, catalog: database.catalog, configuration: configuration, allowed: ["f", "crs"])
        let id = try context.parameters.require("featureId")
        let (feature, version) = try await database.pool.read { db in
            (try FeatureProvider(layer: asked.layer).feature(id: id, scope: asked.scope, outputSRID: asked.format == .json ? asked.crs.outputSRID : nil, in: db),
             try DataVersion.read(in: db))
        }
        return try await ConditionalResponse.respond(to: request, versionKey: nil, lastModified: version.lastModified(of: [asked.layer.name]),
                                                     entityTag: asked.entityTag(of: feature)) {
            switch asked.format {
            case .json:
                let links = ItemLinks.feature(origin: asked.origin, layer: asked.layer, id: feature.idText, format: asked.format)
                return Representation(body: FeatureDocument.feature(feature, links: links, swapAxes: asked.crs.swapsAxes),
                                      contentType: MediaTypes.geoJSON, headers: [.contentCRS: asked.crs.contentCRSHeader])
            case .html:
                return .html(HTMLViews.item(layer: asked.layer, feature: feature, language: request.language))
            }
        }
    }

    /// A page as streamed GeoJSON, or as an HTML table.
    private func page(_ query: FeatureQuery, asked: ItemsRequest, language: Language) async throws -> Representation {
        let links: @Sendable (Int64?) -> [Link] = { next in
            ItemLinks.page(href: asked.itemsHref, parameters: asked.parameters, limit: query.limit, next: next, format: asked.format)
        }
        switch asked.format {
        case .json:
            let collection = StreamedFeatureCollection(database: database, provider: FeatureProvider(layer: asked.layer), query: query,
                                                       swapAxes: asked.crs.swapsAxes, links: links, stallTimeout: configuration.requestTimeout)
            return Representation(stream: collection.body, contentType: MediaTypes.geoJSON, headers: [.contentCRS: asked.crs.contentCRSHeader])
        case .html:
            let page = try await database.pool.read { db in try FeatureProvider(layer: asked.layer).page(query, in: db) }
            let pageLinks = links(page.nextCursor)
            return .html(HTMLViews.items(layer: asked.layer, page: page,
                                         next: pageLinks.first { $0.rel == "next" && $0.type == MediaTypes.htmlLink }?.href,
                                         jsonHref: pageLinks.first { $0.type == MediaTypes.geoJSON }?.href ?? asked.itemsHref,
                                         language: language))
        }
    }
}
