import Foundation
import Hummingbird

/// The representations a resource offers, chosen by `f` (which wins) or else by `Accept`:
/// JSON for programs (QGIS and GDAL ask for JSON), HTML for browsers.
enum OutputFormat: String, Sendable {
    case json
    case html

    /// The `f` values each format answers to (GDAL sends `f=json` also for items).
    static let parameterValues = ["json", "geojson", "html"]

    /// The format for a request: `f=json|geojson` → JSON, `f=html` → HTML, other `f` → 400;
    /// without `f`, HTML only when `Accept` prefers `text/html` to JSON.
    static func negotiate(f: String?, accept: String?) throws -> OutputFormat {
        if let f {
            switch f {
            case "json", "geojson": return .json
            case "html": return .html
            default: throw ServerProblem.invalidFormat(f, allowed: parameterValues)
            }
        }
        guard let accept else { return .json }
        var html = 0.0, json = 0.0
        for item in accept.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let type = parts.first else { continue }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch type {
            case "text/html", "application/xhtml+xml": html = max(html, q)
            case "application/json", "application/geo+json", "application/problem+json": json = max(json, q)
            case "*/*", "application/*": json = max(json, q * 0.999)
            default: break
            }
        }
        return html > json ? .html : .json
    }

    static func from(_ request: Request, query: [(name: String, value: String)]) throws -> OutputFormat {
        try negotiate(f: query.last { $0.name == "f" }?.value, accept: request.headers[.accept])
    }
}
