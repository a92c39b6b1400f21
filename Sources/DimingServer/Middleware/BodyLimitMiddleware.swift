import Hummingbird

/// Refuses a request whose declared body is over the limit with 413 before reading it, and
/// sets the limit that `request.decode` and `collectBody` enforce on chunked bodies.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.bodyLimit = limit
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServerProblem.bodyTooLarge(limit: limit)
        }
        return try await next(request, context)
    }
}
