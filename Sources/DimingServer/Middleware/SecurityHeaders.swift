import HTTPTypes
import Hummingbird

/// Headers every answer carries: no MIME sniffing, no framing by other sites, no referrer
/// leaking tokens in query strings, and a content policy that lets pages load only our own
/// scripts and styles (the map's Leaflet is served from here, not a CDN).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for (name, value) in SecurityHeaders.fields {
            if let field = HTTPField.Name(name), response.headers[field] == nil { response.headers[field] = value }
        }
        return response
    }
}

enum SecurityHeaders {
    /// `img-src data:` for Leaflet's inline icons; `style-src 'unsafe-inline'` for the style
    /// attributes Leaflet sets on map elements.
    static let contentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
        + "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    static let fields: [(String, String)] = [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", contentSecurityPolicy),
    ]
}
