/// The media types the OGC API uses, written once.
enum MediaTypes {
    static let json = "application/json"
    static let geoJSON = "application/geo+json"
    static let html = "text/html; charset=utf-8"
    static let htmlLink = "text/html"
    /// Exactly as QGIS and the conformance suite look for it on the `service-desc` link.
    static let openAPI = "application/vnd.oai.openapi+json;version=3.0"
    static let prometheus = "text/plain; version=0.0.4; charset=utf-8"

    /// A Content-Type header's media type without its parameters, lower-cased
    /// (`Application/JSON; charset=utf-8` → `application/json`).
    static func essence(of header: String) -> String {
        header.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }
}

import HTTPTypes

extension HTTPField.Name {
    /// OGC API - Features Part 2: the CRS of the coordinates in the body.
    static let contentCRS = HTTPField.Name("Content-Crs")!
}
