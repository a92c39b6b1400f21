import DimingCore
import Foundation

/// The HTML view of each OGC resource, for people reading in a browser.
enum HTMLViews {
    static func landing(title: String, links: [Link]) -> String {
        let rows = links.filter { $0.rel != "self" && $0.rel != "alternate" }
            .map { [HTMLPage.Cell.link($0.title ?? $0.rel, href: $0.href), .text($0.rel)] }
        return HTMLPage(title: title, breadcrumbs: [("首页", nil)], jsonHref: "/?f=json",
                        body: "<p>行政区划、道路、门牌、地名与应急避难场所的 OGC API - Features 服务。</p>"
                            + HTMLPage.table(header: ["资源", "关系"], rows: rows)
                            + "<p><a href=\"/map\">地图 Map</a></p>").render()
    }

    static func conformance(_ classes: [String]) -> String {
        HTMLPage(title: "符合性 Conformance", breadcrumbs: [("首页", "/"), ("符合性", nil)], jsonHref: "/conformance?f=json",
                 body: HTMLPage.table(header: ["符合性类别 Conformance class"], rows: classes.map { [.text($0)] })).render()
    }

    static func collections(_ collections: [CollectionDocument]) -> String {
        let rows: [[HTMLPage.Cell]] = collections.map { c in
            [.link(c.layer.name, href: "/collections/\(c.layer.name)?f=html"), .text(c.layer.title),
             .text(String(c.statistics.featureCount)), .link("要素", href: "/collections/\(c.layer.name)/items?f=html")]
        }
        return HTMLPage(title: "数据集 Collections", breadcrumbs: [("首页", "/"), ("数据集", nil)], jsonHref: "/collections?f=json",
                        body: HTMLPage.table(header: ["标识 id", "名称 title", "要素数 features", "浏览"], rows: rows)).render()
    }

    static func collection(_ c: CollectionDocument) -> String {
        let extent = c.statistics.extent.map(boxText) ?? "（空）"
        let columns = c.layer.columns.map { [HTMLPage.Cell.text($0.name), .text($0.kind.rawValue), .text($0.summary)] }
        let body = """
            <p>\(HTMLPage.escape(c.layer.summary))</p>
            <p class="meta">几何类型 \(HTMLPage.escape(c.statistics.geometryType)) · 要素数 \(c.statistics.featureCount) · 范围 (CRS84) \(HTMLPage.escape(extent))</p>
            <p><a href="/collections/\(c.layer.name)/items?f=html">浏览要素 Browse features</a></p>
            """ + ProvenanceHTML.line(c.provenance) + HTMLPage.table(header: ["属性 property", "类型 type", "说明"], rows: columns)
        return HTMLPage(title: c.layer.title, breadcrumbs: [("首页", "/"), ("数据集", "/collections"), (c.layer.name, nil)],
                        jsonHref: "/collections/\(c.layer.name)?f=json", body: body).render()
    }

    static func items(layer: Layer, page: FeaturePage, next: String?, jsonHref: String) -> String {
        let header = ["id"] + layer.columns.map(\.name) + ["几何 geometry"]
        let rows: [[HTMLPage.Cell]] = page.features.map { feature in
            [.link(feature.idText, href: "/collections/\(layer.name)/items/\(feature.idText)?f=html")]
                + feature.properties.map { .text(text($0.value)) }
                + [.text(feature.geometry.map { $0.type.geoJSONName } ?? "—")]
        }
        var body = "<p class=\"meta\">本页 \(page.features.count) 个要素"
        if let matched = page.numberMatched { body += "，共 \(matched) 个" }
        body += "</p>" + HTMLPage.table(header: header, rows: rows)
        if let next { body += "<p><a rel=\"next\" href=\"\(HTMLPage.escape(next))\">下一页 Next page</a></p>" }
        return HTMLPage(title: "\(layer.title) 要素", breadcrumbs: [("首页", "/"), ("数据集", "/collections"),
                        (layer.name, "/collections/\(layer.name)?f=html"), ("要素", nil)], jsonHref: jsonHref, body: body).render()
    }

    static func item(layer: Layer, feature: LayerFeature) -> String {
        var rows: [[HTMLPage.Cell]] = feature.properties.map { [.text($0.name), .text(text($0.value))] }
        if let geometry = feature.geometry {
            rows.append([.text("几何 geometry"), .text(geometry.type.geoJSONName)])
            if let box = geometry.boundingBox {
                rows.append([.text("范围 bbox"), .text(boxText(box))])
            }
        }
        return HTMLPage(title: "\(layer.title) \(feature.idText)",
                        breadcrumbs: [("首页", "/"), ("数据集", "/collections"), (layer.name, "/collections/\(layer.name)?f=html"),
                                      ("要素", "/collections/\(layer.name)/items?f=html"), (feature.idText, nil)],
                        jsonHref: "/collections/\(layer.name)/items/\(feature.idText)?f=json",
                        body: HTMLPage.table(header: ["属性 property", "值 value"], rows: rows)).render()
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
