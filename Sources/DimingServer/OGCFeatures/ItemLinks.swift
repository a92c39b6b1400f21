import DimingCore

/// The links of items pages and single features.
enum ItemLinks {
    /// self and alternate for this page, and `next` carrying the whole query (limit, bbox,
    /// filters, f) with the cursor of the next page: clients re-send it as it is. One `next` only, in the
    /// page's own format, since GDAL and the conformance suite follow the first they find.
    static func page(href: String, parameters: [(name: String, value: String)], limit: Int, next: Int64?,
                     format: OutputFormat) -> [Link] {
        let kept = parameters.filter { $0.name != "f" && $0.name != "after" && $0.name != "limit" }
        let current = parameters.first { $0.name == "after" }.map { [$0] } ?? []
        let query = [("limit", String(limit))] + kept
        var links = [
            Link(href: href + "?" + QueryString.encode(query + current + [("f", "json")]), rel: "self",
                 type: MediaTypes.geoJSON, title: "GeoJSON"),
            Link(href: href + "?" + QueryString.encode(query + current + [("f", "html")]), rel: "self",
                 type: MediaTypes.htmlLink, title: "网页 HTML"),
        ]
        if format == .html { links.reverse() }
        links[1].rel = "alternate"
        if let next {
            let cursor = [("after", String(next))]
            links.append(Link(href: href + "?" + QueryString.encode(query + cursor + [("f", format == .html ? "html" : "json")]),
                              rel: "next", type: format == .html ? MediaTypes.htmlLink : MediaTypes.geoJSON, title: "下一页 Next page"))
        }
        return links
    }

    static func feature(origin: String, layer: Layer, id: String, format: OutputFormat) -> [Link] {
        let href = "\(origin)/collections/\(layer.name)/items/\(id)"
        return Link.selfAndAlternates(href: href, format: format, jsonType: MediaTypes.geoJSON) + [
            Link(href: "\(origin)/collections/\(layer.name)?f=json", rel: "collection", type: MediaTypes.json, title: layer.title),
        ]
    }
}
