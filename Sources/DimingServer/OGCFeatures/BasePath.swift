import Foundation
import Hummingbird

/// The path of `--base-url` (`/gis` for `https://host/gis/`; empty without one). Behind a proxy
/// that serves us at a sub-path, a page's root-relative `href="/collections"` would leave that
/// path; ``rooted(_:)`` puts the base path in front of every root-relative URL of an HTML page we
/// render, so that the page views stay written as if served at the root.
enum BasePath {
    /// The base path of the server handling the current request (set by ``BasePathMiddleware``).
    @TaskLocal static var current = ""

    /// The path of a public base URL, without a trailing slash.
    static func of(_ publicBaseURL: String?) -> String {
        guard let publicBaseURL, let url = URL(string: publicBaseURL) else { return "" }
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// `href="/…"`, `src="/…"` and `action="/…"` (not `//host`, which names another origin).
    private static let rootRelative = try! NSRegularExpression(pattern: #"\b(href|src|action)="/(?!/)"#)

    /// `html` with the base path before each root-relative URL.
    static func rooted(_ html: String, base: String = current) -> String {
        guard !base.isEmpty else { return html }
        let template = NSRegularExpression.escapedTemplate(for: base)
        return rootRelative.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html),
                                                     withTemplate: "$1=\"\(template)/")
    }
}

/// Makes the base path known to the code that renders a response (see ``BasePath``).
struct BasePathMiddleware: RouterMiddleware {
    typealias Context = DimingRequestContext
    let base: String

    init(publicBaseURL: String?) {
        base = BasePath.of(publicBaseURL)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await BasePath.$current.withValue(base) { try await next(request, context) }
    }
}
