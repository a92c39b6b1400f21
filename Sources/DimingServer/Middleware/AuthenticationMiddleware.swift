import DimingCore
import Hummingbird

/// Resolves `Authorization: Bearer <token>` to an account. A request without the header
/// goes on anonymously (routes decide with ``AccessPolicy``); a header that is not a valid,
/// live token is refused with 401 at once. A route that confirms the token in its own write
/// transaction (``TokenConfirmingRoutes``) gets the account last seen for a token without a read
/// here, and the token to confirm in ``DimingRequestContext/tokenToConfirm``.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let database: DimingDatabase
    let confirmingRoutes: TokenConfirmingRoutes
    /// The process's token cache for this file, looked up once rather than on every request.
    let tokens: TokenCache

    init(database: DimingDatabase, confirmingRoutes: TokenConfirmingRoutes) {
        self.database = database
        self.confirmingRoutes = confirmingRoutes
        tokens = TokenCache.shared(for: database)
    }

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
        let hash = TokenSecret.hash(String(token))
        var context = context
        if confirmingRoutes.confirmsToken(request.method, endpoint: context.endpointPath),
           let seen = tokens.account(tokenHash: hash) {
            context.identity = seen
            context.tokenToConfirm = hash
        } else {
            // One SELECT, atomic on its own: no read transaction around it.
            let account = try await database.pool.unsafeRead { db in try AccessStore.authenticate(tokenHash: hash, in: db) }
            tokens.remember(account, tokenHash: hash)
            context.identity = account
        }
        context.logger[metadataKey: "account"] = .string(context.identity?.name ?? "-")
        return try await next(request, context)
    }
}
