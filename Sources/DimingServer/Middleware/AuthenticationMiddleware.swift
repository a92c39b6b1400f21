import DimingCore
import Hummingbird

/// Resolves `Authorization: Bearer <token>` to an account. A request without the header
/// goes on anonymously (routes decide with ``AccessPolicy``); a header that is not a valid,
/// live token is refused with 401 at once.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let database: DimingDatabase

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            return try await next(request, context)
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.bearerHeader))
        }
        let secret = parts[1].trimmingCharacters(in: .whitespaces)
        var context = context
        context.identity = try await database.pool.read { db in try AccessStore.authenticate(secret: secret, in: db) }
        context.logger[metadataKey: "account"] = .string(context.identity?.name ?? "-")
        return try await next(request, context)
    }
}
