import DimingCore
import Foundation

/// The HTML view of each OGC resource, for people reading in a browser, in the language of
/// its `Accept-Language` (``PageMessages``).
enum HTMLViews {
    typealias M = PageMessages

    static func landing(title: String, links: [Link], language: Language) -> String {
        let rows = links.filter { $0.rel != "self" && $0.rel != "alternate" }
            .map { [HTMLPage.Cell.link($0.title ?? $0.rel, href: $0.href), .text($0.rel)] }
        return HTMLPage(title: title, breadcrumbs: [(M.home.text(language), nil)], jsonHref: "/?f=json",
                        body: "<p>\(HTMLPage.escape(M.serviceSummary.text(language)))</p>"
                            + HTMLPage.table(header: [M.resource.text(language), M.relation.text(language)], rows: rows)
                            + "<p><a href=\"/map\">\(HTMLPage.escape(M.map.text(language)))</a></p>", language: language).render()
    }

    static func conformance(_ classes: [String], language: Language) -> String {
        HTMLPage(title: M.conformance.text(language), breadcrumbs: [(M.home.text(language), "/"), (M.conformance.text(language), nil)],
                 jsonHref: "/conformance?f=json",
                 body: HTMLPage.table(header: [M.conformanceClass.text(language)], rows: classes.map { [.text($0)] }), language: language).render()
    }

    static func collections(_ collections: [CollectionDocument], language: Language) -> String {
        let rows: [[HTMLPage.Cell]] = collections.map { c in
            [.link(c.layer.name, href: "/collections/\(c.layer.name)?f=html"), .text(c.layer.label.text(language)),
             .text(String(c.statistics.featureCount)), .link(M.features.text(language), href: "/collections/\(c.layer.name)/items?f=html")]
        }
        let header = [M.identifier, M.name, M.featureCount, M.browse].map { $0.text(language) }
        return HTMLPage(title: M.collections.text(language), breadcrumbs: [(M.home.text(language), "/"), (M.collections.text(language), nil)],
                        jsonHref: "/collections?f=json", body: HTMLPage.table(header: header, rows: rows), language: language).render()
    }

    static func collection(_ c: CollectionDocument, language: Language) -> String {
        let extent = c.statistics.extent.map(boxText) ?? M.empty.text(language)
        let columns = c.layer.columns.map { [HTMLPage.Cell.text($0.name), .text($0.kind.rawValue), .text($0.summary)] }
        let body = """
            <p>\(HTMLPage.escape(c.layer.summary))</p>
            <p class="meta">\(HTMLPage.escape(M.collectionMeta.text(language, [
                "geometry": c.statistics.geometryType, "count": String(c.statistics.featureCount), "extent": extent])))</p>
            <p><a href="/collections/\(c.layer.name)/items?f=html">\(HTMLPage.escape(M.browseFeatures.text(language)))</a></p>
            """ + ProvenanceHTML.line(c.provenance) + HTMLPage.table(header: [M.property, M.type, M.description].map { $0.text(language) }, rows: columns)
        return HTMLPage(title: c.layer.label.text(language),
                        breadcrumbs: [(M.home.text(language), "/"), (M.collections.text(language), "/collections"), (c.layer.name, nil)],
                        jsonHref: "/collections/\(c.layer.name)?f=json", body: body, language: language).render()
    }

    static func items(layer: Layer, page: FeaturePage, next: String?, jsonHref: String, language: Language) -> String {
        let header = ["id"] + layer.columns.map(\.name) + [M.geometry.text(language)]
        let rows: [[HTMLPage.Cell]] = page.features.map { feature in
            [.link(feature.idText, href: "/collections/\(layer.name)/items/\(feature.idText)?f=html")]
                + feature.properties.map { .text(text($0.value)) }
                + [.text(feature.geometry.map { $0.type.geoJSONName } ?? "—")]
        }
        var body = "<p class=\"meta\">" + HTMLPage.escape(M.pageCount.text(language, ["count": String(page.features.count)]))
        if let matched = page.numberMatched { body += HTMLPage.escape(M.matchedCount.text(language, ["count": String(matched)])) }
        body += "</p>" + HTMLPage.table(header: header, rows: rows)
        if let next { body += "<p><a rel=\"next\" href=\"\(HTMLPage.escape(next))\">\(HTMLPage.escape(M.nextPage.text(language)))</a></p>" }
        return HTMLPage(title: M.layerFeatures.text(language, ["layer": layer.label.text(language)]),
                        breadcrumbs: [(M.home.text(language), "/"), (M.collections.text(language), "/collections"),
                                      (layer.name, "/collections/\(layer.name)?f=html"), (M.features.text(language), nil)],
                        jsonHref: jsonHref, body: body, language: language).render()
    }

    static func item(layer: Layer, feature: LayerFeature, language: Language) -> String {
        var rows: [[HTMLPage.Cell]] = feature.properties.map { [.text($0.name), .text(text($0.value))] }
        if let geometry = feature.geometry {
            rows.append([.text(M.geometry.text(language)), .text(geometry.type.geoJSONName)])
            if let box = geometry.boundingBox {
                rows.append([.text(M.bbox.text(language)), .text(boxText(box))])
            }
        }
        return HTMLPage(title: "\(layer.label.text(language)) \(feature.idText)",
                        breadcrumbs: [(M.home.text(language), "/"), (M.collections.text(language), "/collections"),
                                      (layer.name, "/collections/\(layer.name)?f=html"),
                                      (M.features.text(language), "/collections/\(layer.name)/items?f=html"), (feature.idText, nil)],
                        jsonHref: "/collections/\(layer.name)/items/\(feature.idText)?f=json",
                        body: HTMLPage.table(header: [M.property.text(language), M.value.text(language)], rows: rows), language: language).render()
    }

    static func text(_ value: PropertyValue) -> String {
        switch value {
        case .null: ""
        case let .bool(b): b ? "true" : "false"
        case let .integer(i): String(i)
        case let .real(d): String(d)
        case let .string(s), let .json(s): s
        }
    }

    /// A box for people: 6 decimals (about 10 cm), without the float noise of R*Tree bounds.
    private static func boxText(_ box: BoundingBox) -> String {
        [box.minLon, box.minLat, box.maxLon, box.maxLat].map { String(format: "%.6f", $0) }.joined(separator: ", ")
    }
}
