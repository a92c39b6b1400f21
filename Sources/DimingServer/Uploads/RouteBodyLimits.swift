import HTTPTypes
import Hummingbird

/// The routes that accept larger bodies than the server-wide `--max-body` (file uploads), each
/// with its own limit. ``BodyLimitMiddleware`` looks up the route the router matched, so every
/// route not declared keeps the small limit.
typealias RouteBodyLimits = RouteDeclarations<Int>

extension RouteDeclarations<Int> {
    /// `method path` takes bodies up to `limit` bytes.
    func declare(_ method: HTTPRequest.Method, _ path: RouterPath, limit: Int) {
        declare(method, path, value: limit)
    }

    /// The declared limit of the matched route; nil when it declared none.
    func limit(_ method: HTTPRequest.Method, endpoint: String?) -> Int? {
        value(method, endpoint: endpoint)
    }
}
