import Foundation
import HTTPTypes
import Hummingbird

/// The routes that accept larger bodies than the server-wide `--max-body` (file uploads), each
/// with its own limit. A controller declares its route here next to registering it;
/// ``BodyLimitMiddleware`` looks up the route the router matched (its method and path
/// template), so every route not declared keeps the small limit.
final class RouteBodyLimits: @unchecked Sendable {
    private let lock = NSLock()
    private var limits: [String: Int] = [:]

    /// `method path` takes bodies up to `limit` bytes; `path` as registered (`/a/:id/b`).
    func declare(_ method: HTTPRequest.Method, _ path: RouterPath, limit: Int) {
        let key = Self.key(method, path.description)
        lock.withLock { limits[key] = limit }
    }

    /// The declared limit of the matched route (`endpoint`: the router's path template,
    /// `/a/{id}/b`); nil when it declared none.
    func limit(_ method: HTTPRequest.Method, endpoint: String?) -> Int? {
        guard let endpoint else { return nil }
        let key = Self.key(method, endpoint)
        return lock.withLock { limits[key] }
    }

    private static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        "\(method.rawValue) \(path)"
    }
}
