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
        // Blanks around the token trimmed by hand (Foundation's trimming costs every request).
        var token = parts[1]
        while token.first == " " || token.first == "\t" { token.removeFirst() }
        while token.last == " " || token.last == "\t" { token.removeLast() }
        let secret = String(token)
        var context = context
        // One SELECT, atomic on its own: no read transaction around it (every report pays this).
        context.identity = try await database.pool.unsafeRead { db in try AccessStore.authenticate(secret: secret, in: db) }
        context.logger[metadataKey: "account"] = .string(context.identity?.name ?? "-")
        return try await next(request, context)
    }
}
