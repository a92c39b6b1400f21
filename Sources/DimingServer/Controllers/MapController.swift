import DimingCore
import Foundation
import Hummingbird

/// The web map: `/map` (maps/index.html), `/map/{file}` (the other files of `maps/`),
/// `/map/js/…` (the page's ES modules, `maps/js/**/*.js`, as `text/javascript`) and
/// Leaflet from Debian's `libjs-leaflet` at `/static/leaflet/…` (with Debian's
/// `libjs-leaflet.markercluster`, which installs `leaflet.markercluster.js` and its CSS into the
/// same folder). Files are read from disk per request (they are small), with ETag and
/// Last-Modified from size and mtime. `/map/config.json` and `/map/messages.json`: see
/// MapController+Config.swift.
struct MapController {
    let configuration: ServerConfiguration
    let database: DimingDatabase

    /// `data`: the routes behind the read gate (the home view names a division and its extent).
    func addRoutes(to router: Router<DimingRequestContext>, data: RouterGroup<DimingRequestContext>) {
        router.get("/map", use: index)
        data.get("/map/config.json", use: config)
        router.get("/map/messages.json", use: messages)
        router.get("/map/:file", use: mapFile)
        router.get("/map/js/**", use: mapModule)
        router.get("/static/leaflet/**", use: leaflet)
    }

    @Sendable func index(_ request: Request, context: DimingRequestContext) async throws -> Response {
        _ = try OGCQuery.check(request, allowed: [])
        return try await serve(["index.html"], from: configuration.mapsDirectory, request: request)
    }

    @Sendable func mapFile(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try await serve([try context.parameters.require("file")], from: configuration.mapsDirectory, request: request)
    }

    /// The map's modules: only `.js` files below `maps/js/` (drawers live in `maps/js/drawers/`).
    @Sendable func mapModule(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let components = context.parameters.getCatchAll().map(String.init)
        guard let last = components.last, last.hasSuffix(".js") else {
            throw ServerProblem.noRoute(method: "GET", path: request.uri.path)
        }
        return try await serve(["js"] + components, from: configuration.mapsDirectory, request: request)
    }

    @Sendable func leaflet(_ request: Request, context: DimingRequestContext) async throws -> Response {
        try await serve(context.parameters.getCatchAll().map(String.init), from: configuration.leafletDirectory, request: request)
    }

    /// Also serves the field form's files (DisasterFieldFormController).
    func serve(_ components: [String], from directory: URL?, request: Request) async throws -> Response {
        guard let directory, let names = Self.fileNames(components) else {
            throw ServerProblem.noRoute(method: "GET", path: request.uri.path)
        }
        let path = "/" + names.joined(separator: "/")
        let inside = names.reduce(directory) { $0.appendingPathComponent($1) }
        // Belt and braces: whatever the names, the file must lie below the folder.
        guard inside.standardizedFileURL.path.hasPrefix(directory.standardizedFileURL.path + "/") else {
            throw ServerProblem.noRoute(method: "GET", path: request.uri.path)
        }
        // Debian's packages may link files elsewhere; follow links to the file itself.
        let file = try await OffPool.run { () -> (url: URL, modified: Date?, size: Int)? in
            let url = inside.resolvingSymlinksInPath()
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
            return (url, attributes[.modificationDate] as? Date, (attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
        guard let file else { throw ServerProblem.noRoute(method: "GET", path: request.uri.path) }
        return try await ConditionalResponse.respond(
            to: request, versionKey: "file|\(file.url.path)|\(file.size)|\(file.modified?.timeIntervalSince1970 ?? 0)",
            lastModified: file.modified, negotiated: false
        ) {
            let bytes = try await OffPool.run { Array(try Data(contentsOf: file.url)) }
            return Representation(body: bytes, contentType: Self.contentType(of: path))
        }
    }

    /// The path segments as file names, percent-decoded, or nil unless each is a plain name:
    /// not empty, not hidden (which also rules out `.` and `..`), without a separator or NUL,
    /// however it was encoded (`%2e%2e`, `..%2f`, `%5c`).
    static func fileNames(_ components: [String]) -> [String]? {
        guard !components.isEmpty else { return nil }
        var names: [String] = []
        for component in components {
            guard let name = component.removingPercentEncoding, !name.isEmpty, !name.hasPrefix("."),
                  !name.contains("/"), !name.contains("\\"), !name.contains("\0") else { return nil }
            names.append(name)
        }
        return names
    }

    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json", "map": "application/json"
        case "geojson": "application/geo+json"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "svg": "image/svg+xml"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
