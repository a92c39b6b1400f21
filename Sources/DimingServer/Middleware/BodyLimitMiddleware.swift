import Hummingbird

/// Refuses a request whose declared body is over the limit with 413 before reading it, and
/// sets the limit that `request.decode`, `collectBody` and streamed uploads enforce on chunked
/// bodies: `--max-body`, or the larger limit its route declared in ``RouteBodyLimits``. The
/// router has matched the route before its middleware runs, so the route is known here.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let limit: Int
    var routes = RouteBodyLimits()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let limit = routes.limit(request.method, endpoint: context.endpointPath) ?? limit
        context.bodyLimit = limit
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerProblem.bodyTooLarge(limit: limit)
        }
        return try await next(request, context)
    }
}
