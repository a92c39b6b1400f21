import HTTPTypes
import Hummingbird

/// The routes that confirm the bearer token in their own write transaction (``TokenCache``),
/// so that ``AuthenticationMiddleware`` may hand them the account last seen for the token
/// instead of reading it first; every route not declared has its token read before it runs.
typealias TokenConfirmingRoutes = RouteDeclarations<Void>

extension RouteDeclarations<Void> {
    /// `method path` confirms the token itself.
    func declare(_ method: HTTPRequest.Method, _ path: RouterPath) {
        declare(method, path, value: ())
    }

    /// Whether the matched route declared it does.
    func confirmsToken(_ method: HTTPRequest.Method, endpoint: String?) -> Bool {
        value(method, endpoint: endpoint) != nil
    }
}
