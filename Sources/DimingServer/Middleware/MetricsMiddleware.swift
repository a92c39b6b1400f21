import Hummingbird

/// Counts every request and times it, labelled by the matched route template (not the raw
/// path, which would make one series per feature id) and the final status.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        metrics.record(method: request.method.rawValue, route: context.endpointPath ?? "unmatched",
                       status: response.status.code, duration: ContinuousClock.now - start)
        return response
    }
}
