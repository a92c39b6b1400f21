import DimingCore
import Hummingbird

/// Closes the data routes to anonymous requests when reading needs a token: the
/// `--open-read`/`--closed-read` override of this process, else the database's `read_access`
/// setting (read per request, so `PUT /settings/read_access` takes effect at once).
struct ReadAccessMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let database: DimingDatabase
    let override: ReadAccess?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Any authenticated account may read, so only an anonymous request needs the setting
        // (which spares every token-bearing request, such as each field report, a database read).
        if context.identity == nil, try await effectiveAccess() == .token {
            try AccessPolicy.authorize(context.identity, for: .read)
        }
        return try await next(request, context)
    }

    func effectiveAccess() async throws -> ReadAccess {
        if let override { return override }
        let stored = try await database.pool.read { db in try SettingsStore.value(.readAccess, in: db) }
        return stored.flatMap(ReadAccess.init(rawValue:)) ?? .open
    }
}
