/// The media types the OGC API uses, written once.
enum MediaTypes {
    static let json = "application/json"
    static let geoJSON = "application/geo+json"
    static let html = "text/html; charset=utf-8"
    static let htmlLink = "text/html"
    /// Exactly as QGIS and the conformance suite look for it on the `service-desc` link.
    static let openAPI = "application/vnd.oai.openapi+json;version=3.0"
    static let prometheus = "text/plain; version=0.0.4; charset=utf-8"
}

import HTTPTypes

extension HTTPField.Name {
    /// OGC API - Features Part 2: the CRS of the coordinates in the body.
    static let contentCRS = HTTPField.Name("Content-Crs")!
}
