import DimingCore
import Hummingbird

/// `/health` (the database answers a trivial query; library versions), open to all so that
/// monitors need no token, and `/metrics` (Prometheus text), behind the read gate: request
/// counts by route say what a closed deployment is used for.
struct OperationsController {
    let database: DimingDatabase
    let metrics: RequestMetrics

    func addRoutes(to router: Router<DimingRequestContext>, readGate: RouterGroup<DimingRequestContext>) {
        router.get("/health", use: health)
        readGate.get("/metrics", use: metricsText)
    }

    @Sendable func health(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        let body: JSONValue
        let status: HTTPResponse.Status
        do {
            let check = try await HealthCheck.run(on: database)
            body = ["status": "ok", "database": "reachable", "spatialite": .string(check.spatialite),
                    "geos": .string(check.geos), "proj": .string(check.proj)]
            status = .ok
        } catch {
            context.logger.error("health check failed", metadata: ["error": "\(error)"])
            body = ["status": "unavailable", "database": "unreachable"]
            status = .serviceUnavailable
        }
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body.byteBuffer))
    }

    @Sendable func metricsText(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        var headers: HTTPFields = [.contentType: MediaTypes.prometheus]
        headers[.cacheControl] = "no-store"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: metrics.render())))
    }
}
