/// A link of an OGC API resource: `href`, `rel`, `type` and a title (every link has a type,
/// as the conformance suite checks).
struct Link: Sendable {
    var href: String
    var rel: String
    var type: String
    var title: String?

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("href", .string(href)), ("rel", .string(rel)), ("type", .string(type))]
        if let title { members.append(("title", .string(title))) }
        return .object(members)
    }

    /// The `self` link in the chosen format and `alternate` links to the others.
    static func selfAndAlternates(href: String, query: String = "", format: OutputFormat, jsonType: String = MediaTypes.json) -> [Link] {
        let separator = query.isEmpty ? "?" : "?" + query + "&"
        let json = Link(href: href + separator + "f=json", rel: "self", type: jsonType, title: "JSON")
        let html = Link(href: href + separator + "f=html", rel: "self", type: MediaTypes.htmlLink, title: "HTML 网页")
        switch format {
        case .json: return [json, html.with(rel: "alternate")]
        case .html: return [html, json.with(rel: "alternate")]
        }
    }

    func with(rel: String) -> Link {
        var copy = self
        copy.rel = rel
        return copy
    }
}
