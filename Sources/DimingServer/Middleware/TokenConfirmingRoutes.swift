import Foundation
import HTTPTypes
import Hummingbird

/// The routes that confirm the bearer token in their own write transaction (``TokenCache``),
/// so that ``AuthenticationMiddleware`` may hand them the account last seen for the token
/// instead of reading it first. A controller declares its route here next to registering it;
/// every route not declared has its token read before it runs.
final class TokenConfirmingRoutes: @unchecked Sendable {
    private let lock = NSLock()
    private var routes: Set<String> = []

    /// `method path` confirms the token itself; `path` as registered (`/a/:id/b`).
    func declare(_ method: HTTPRequest.Method, _ path: RouterPath) {
        let key = Self.key(method, path.description)
        lock.withLock { _ = routes.insert(key) }
    }

    /// Whether the matched route (`endpoint`: the router's path template) declared it does.
    func confirmsToken(_ method: HTTPRequest.Method, endpoint: String?) -> Bool {
        guard let endpoint else { return false }
        let key = Self.key(method, endpoint)
        return lock.withLock { routes.contains(key) }
    }

    private static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        "\(method.rawValue) \(path)"
    }
}
