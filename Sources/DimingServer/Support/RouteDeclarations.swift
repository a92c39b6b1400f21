import Foundation
import HTTPTypes
import Hummingbird

/// What a controller declares of one of its routes next to registering it (a larger body limit,
/// that it confirms the bearer token itself), for a middleware to look up on the route the router
/// matched: its method and path template. A route that declared nothing has no value.
final class RouteDeclarations<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// `method path` has `value`; `path` as registered (`/a/:id/b`).
    func declare(_ method: HTTPRequest.Method, _ path: RouterPath, value: Value) {
        let key = Self.key(method, path.description)
        lock.withLock { values[key] = value }
    }

    /// The value the matched route (`endpoint`: the router's path template, `/a/{id}/b`)
    /// declared; nil when it declared none.
    func value(_ method: HTTPRequest.Method, endpoint: String?) -> Value? {
        guard let endpoint else { return nil }
        let key = Self.key(method, endpoint)
        return lock.withLock { values[key] }
    }

    private static func key(_ method: HTTPRequest.Method, _ path: String) -> String {
        "\(method.rawValue) \(path)"
    }
}
