import Hummingbird

/// Turns the router's 404 for a path that exists under other methods into 405 with `Allow`
/// (RFC 9110 §15.5.6), and answers `OPTIONS` on such a path with 204 and `Allow`.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && error.body == nil {
            let allowed = routes.methods(at: request.uri.path)
            guard !allowed.isEmpty else { throw error }
            if request.method == .options {
                return Response(status: .noContent, headers: [.allow: allowed.joined(separator: ", ")])
            }
            throw ServerProblem.methodNotAllowed(method: request.method.rawValue, path: request.uri.path, allowed: allowed)
        }
    }
}

/// The router's paths and their methods, filled once every route is registered.
final class RouteTable: @unchecked Sendable {
    private var patterns: [(segments: [Substring], methods: Set<String>)] = []

    func load(_ routes: [Router<DimingRequestContext>.RouteDescription]) {
        var byPath: [String: Set<String>] = [:]
        for route in routes { byPath[route.path.description, default: []].insert(route.method.rawValue) }
        patterns = byPath.map { path, methods in
            var methods = methods
            if methods.contains("GET") { methods.insert("HEAD") }
            methods.insert("OPTIONS")
            return (path.split(separator: "/"), methods)
        }
    }

    /// The methods of the routes whose pattern matches `path`, sorted; empty when none does.
    func methods(at path: String) -> [String] {
        let segments = path.split(separator: "/")
        var found = Set<String>()
        for pattern in patterns where Self.matches(pattern.segments, segments) { found.formUnion(pattern.methods) }
        return found.sorted()
    }

    private static func matches(_ pattern: [Substring], _ path: [Substring]) -> Bool {
        for (index, part) in pattern.enumerated() {
            if part == "**" { return path.count > index }
            guard index < path.count else { return false }
            if part.hasPrefix(":") || part == "*" || part.hasPrefix("{") { continue }
            if part != path[index] { return false }
        }
        return pattern.count == path.count
    }
}
