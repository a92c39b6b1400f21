import DimingCore
import Hummingbird

/// What an items or item request asks, parsed once: the layer, the query with the caller's
/// scope, the CRS, the output format and where links point.
struct ItemsRequest: Sendable {
    let layer: Layer
    let parameters: [(name: String, value: String)]
    let crs: CRSParameters
    let format: OutputFormat
    let origin: String
    let scope: AccessScope

    init(_ request: Request, context: DimingRequestContext, catalog: LayerCatalog, configuration: ServerConfiguration,
         allowed: Set<String>? = nil) throws {
        layer = try catalog.layer(named: context.parameters.require("collectionId"))
        parameters = try allowed.map { try OGCQuery.check(request, allowed: $0) } ?? QueryString.parse(request.uri.query)
        crs = try CRSParameters(parameters)
        format = try OutputFormat.from(request, query: parameters)
        origin = RequestOrigin.of(context, configuration: configuration)
        scope = context.identity?.scope ?? .everywhere
    }

    /// `…/collections/{id}/items`.
    var itemsHref: String { "\(origin)/collections/\(layer.name)/items" }

    /// The feature query of a page, limited to the caller's scope.
    func featureQuery() throws -> FeatureQuery {
        var query = try FeatureQuery(layer: layer, parameters: crs.rest, passThrough: ["f"])
        query.scope = scope
        // HTML pages draw lon/lat; only GeoJSON is written in another CRS.
        query.outputSRID = format == .json ? crs.outputSRID : nil
        query.projectedBBox = crs.projectedBox
        return query
    }

    /// The strong tag of one feature's representation: its content tag, and a suffix for the
    /// representations other than CRS84 GeoJSON (If-Match compares the content part).
    func entityTag(of feature: LayerFeature) -> String {
        let variant = [format == .html ? "html" : nil, crs.swapsAxes ? (crs.outputSRID.map { "epsg\($0)" } ?? "lat-lon") : nil].compactMap { $0 }
        return "\"" + ([feature.entityTag] + variant).joined(separator: "-") + "\""
    }
}
