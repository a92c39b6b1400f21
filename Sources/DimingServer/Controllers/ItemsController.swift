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
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let parameters = try QueryString.parse(request.uri.query)
        let crs = try CRSParameters(parameters)
        var parsed = try FeatureQuery(layer: layer, parameters: crs.rest, passThrough: ["f"])
        parsed.scope = context.identity?.scope ?? .everywhere
        let query = parsed
        let format = try OutputFormat.from(request, query: parameters)
        let origin = RequestOrigin.of(context, configuration: configuration)
        let href = "\(origin)/collections/\(layer.name)/items"
        let version = try await database.pool.read { db in try DataVersion.read(in: db) }
        return try await ConditionalResponse.respond(
            to: request, versionKey: "items|\(layer.name)|\(version.tag(of: [layer.name]))|\(format)|\(origin)|\(query.scope)|\(request.uri.query ?? "")",
            lastModified: version.lastModified(of: [layer.name])
        ) {
            switch format {
            case .json:
                let collection = StreamedFeatureCollection(
                    database: database, provider: FeatureProvider(layer: layer), query: query, swapAxes: crs.swapsAxes,
                    links: { next in ItemLinks.page(href: href, parameters: parameters, limit: query.limit, next: next, format: format) },
                    stallTimeout: configuration.requestTimeout)
                return Representation(stream: collection.body, contentType: MediaTypes.geoJSON,
                                      headers: [.contentCRS: crs.contentCRSHeader])
            case .html:
                let page = try await database.pool.read { db in try FeatureProvider(layer: layer).page(query, in: db) }
                let links = ItemLinks.page(href: href, parameters: parameters, limit: query.limit, next: page.nextCursor, format: format)
                let next = links.first { $0.rel == "next" && $0.type == MediaTypes.htmlLink }?.href
                return .html(HTMLViews.items(layer: layer, page: page, next: next,
                                             jsonHref: links.first { $0.type == MediaTypes.geoJSON }?.href ?? href))
            }
        }
    }

    @Sendable func item(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let layer = try database.catalog.layer(named: context.parameters.require("collectionId"))
        let id = try context.parameters.require("featureId")
        let parameters = try OGCQuery.check(request, allowed: ["f", "crs"])
        let crs = try CRSParameters(parameters)
        let format = try OutputFormat.from(request, query: parameters)
        let origin = RequestOrigin.of(context, configuration: configuration)
        let scope = context.identity?.scope ?? .everywhere
        let (feature, version) = try await database.pool.read { db in
            (try FeatureProvider(layer: layer).feature(id: id, scope: scope, in: db), try DataVersion.read(in: db))
        }
        // The tag of the content, which If-Match on PUT, PATCH and DELETE compares; other
        // representations of the same content add a suffix.
        let variant = [format == .html ? "html" : nil, crs.swapsAxes ? "lat-lon" : nil].compactMap { $0 }
        return try await ConditionalResponse.respond(
            to: request, versionKey: nil, lastModified: version.lastModified(of: [layer.name]),
            entityTag: "\"" + ([feature.entityTag] + variant).joined(separator: "-") + "\""
        ) {
            switch format {
            case .json:
                let links = ItemLinks.feature(origin: origin, layer: layer, id: feature.idText, format: format)
                return Representation(body: FeatureDocument.feature(feature, links: links, swapAxes: crs.swapsAxes),
                                      contentType: MediaTypes.geoJSON, headers: [.contentCRS: crs.contentCRSHeader])
            case .html:
                return .html(HTMLViews.item(layer: layer, feature: feature))
            }
        }
    }
}
