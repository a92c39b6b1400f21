import Foundation
import Hummingbird

/// The offline field form for rapid disaster reports (灾情速报): `/report` (maps/report/index.html)
/// and `/report/{file}` (its script and style). Public like the map's files: they hold no data,
/// and the page asks for a reporter's token before it reads or writes anything. Served the way
/// ``MapController`` serves `maps/` (ETag, Last-Modified, plain file names only).
struct DisasterFieldFormController {
    let configuration: ServerConfiguration
    let map: MapController

    func addRoutes(to router: Router<DimingRequestContext>) {
        router.get("/report", use: index)
        router.get("/report/:file", use: file)
    }

    @Sendable func index(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        return try await map.serve(["report", "index.html"], from: configuration.mapsDirectory, request: request)
    }

    @Sendable func file(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try await map.serve(["report", try context.parameters.require("file")], from: configuration.mapsDirectory, request: request)
    }
}
