import DimingCore

/// The 快报 table as a printable HTML page (A4 landscape): the event, the time the figures are
/// as of, one row per division, the unassigned row and the 合计 row. Labels in both
/// languages, `language` first; every text from users is escaped.
public enum SummaryPage {
    public static func html(_ summary: EventSummary, language: Language = .zh) -> String {
        let other: Language = language == .zh ? .en : .zh
        func label(_ m: Message) -> String { "\(HTMLText.escape(m.text(language))) <span class=\"alt\">\(HTMLText.escape(m.text(other)))</span>" }
        func words(_ t: LocalizedText) -> String { "\(HTMLText.escape(t.text(language))) <span class=\"alt\">\(HTMLText.escape(t.text(other)))</span>" }
        func cells(_ f: SummaryFigures) -> String {
            (Indicator.allCases.map { "<td class=\"num\">\(f.indicators.decimalText($0))</td>" } + ["<td class=\"num\">\(f.reports)</td>"]).joined()
        }
        let headings = Indicator.allCases.map { "<th>\(words($0.label))<br><span class=\"unit\">（\(HTMLText.escape($0.unit.text(language)))）</span></th>" }
        var body = summary.rows.map { row in
            "<tr><td>\(HTMLText.escape(row.division))</td><td>\(HTMLText.escape(row.name))</td>\(cells(row.figures))</tr>"
        }
        body.append("<tr class=\"unassigned\"><td></td><td>\(label(SummaryMessages.unassigned))</td>\(cells(summary.unassigned))</tr>")
        body.append("<tr class=\"total\"><td></td><td>\(label(SummaryMessages.total))</td>\(cells(summary.total))</tr>")
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(HTMLText.escape(SummaryMessages.pageTitle.text(language))) \(HTMLText.escape(summary.eventName))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #111; }
            h1 { font-size: 1.4em; } .alt { color: #555; font-size: 0.85em; } .unit { font-weight: normal; font-size: 0.85em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.8em; }
            th, td { border: 1px solid #888; padding: 0.2em 0.35em; } th { vertical-align: bottom; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr.total td { font-weight: bold; border-top: 2px solid #111; } tr.unassigned td { color: #8a1c1c; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; } dt { font-weight: bold; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print { body { margin: 0; } tr { break-inside: avoid; } thead { display: table-header-group; } }
            </style>
            </head>
            <body>
            <h1>\(label(SummaryMessages.pageTitle))</h1>
            <dl>
            <dt>\(label(SummaryMessages.event))</dt><dd>\(HTMLText.escape(summary.eventName)) (\(summary.event))</dd>
            <dt>\(label(SummaryMessages.asOf))</dt><dd>\(HTMLText.escape(summary.asOf))</dd>
            </dl>
            <table>
            <thead><tr><th>\(label(SummaryMessages.codeHeading))</th><th>\(words(summary.level.label))</th>\(headings.joined())<th>\(label(SummaryMessages.reportsHeading))</th></tr></thead>
            <tbody>
            \(body.joined(separator: "\n"))
            </tbody>
            </table>
            <p class="alt">\(HTMLText.escape(SummaryMessages.counting.text(language)))</p>
            </body>
            </html>

            """
    }
}
