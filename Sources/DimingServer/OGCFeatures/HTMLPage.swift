import DimingCore

/// The frame of every HTML view: title, breadcrumbs, a link to the JSON, inline CSS only (no
/// external resources: the bureau's network has no internet), in the language the browser
/// asked for (`<html lang>`).
struct HTMLPage {
    var title: String
    var breadcrumbs: [(label: String, href: String?)]
    var jsonHref: String
    var body: String
    var language: Language = .zh

    func render() -> String {
        let trail = breadcrumbs.map { crumb in
            crumb.href.map { "<a href=\"\(Self.escape($0))\">\(Self.escape(crumb.label))</a>" } ?? Self.escape(crumb.label)
        }.joined(separator: " › ")
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.escape(title)) · 地名 Diming</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 1.5rem auto; max-width: 72rem; padding: 0 1rem; color: #222; }
            nav { font-size: .9rem; margin-bottom: 1rem; color: #555; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
            th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            a { color: #0b5394; }
            .meta { color: #555; font-size: .9rem; }
            </style>
            </head>
            <body>
            <nav>\(trail) · <a href="\(Self.escape(jsonHref))">JSON</a></nav>
            <h1>\(Self.escape(title))</h1>
            \(body)
            </body>
            </html>
            """
    }

    static func escape(_ text: String) -> String {
        HTMLText.escape(text)
    }

    /// A table with a header row; cells are escaped, except those given as `.link`.
    static func table(header: [String], rows: [[Cell]]) -> String {
        let head = "<tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.map { "<td>\($0.html)</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        return "<table>\n\(head)\n\(body)\n</table>"
    }

    enum Cell {
        case text(String)
        case link(String, href: String)

        var html: String {
            switch self {
            case let .text(text): HTMLPage.escape(text)
            case let .link(text, href): "<a href=\"\(HTMLPage.escape(href))\">\(HTMLPage.escape(text))</a>"
            }
        }
    }
}
