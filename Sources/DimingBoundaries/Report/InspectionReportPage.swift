import DimingCore
import Foundation

/// The 联检报告 as a printable HTML page (A4): the round's data, a vector map of the line with
/// the markers coloured by finding, the table of markers (registered and measured X/Y,
/// displacement, bearing, finding) and the findings along the line. Every label is in both
/// languages, `language` first; all text from users is escaped.
public enum InspectionReportPage {
    public static func html(_ report: InspectionReport, language: Language = .zh) -> String {
        let r = report.round, l = report.line
        let e = HTMLText.escape
        func label(_ m: Message) -> String {
            let other: Language = language == .zh ? .en : .zh
            return "\(e(m.text(language))) <span class=\"alt\">\(e(m.text(other)))</span>"
        }
        func words(_ text: LocalizedText) -> String {
            language == .zh ? "\(e(text.zh)) <span class=\"alt\">\(e(text.en))</span>" : "\(e(text.en)) <span class=\"alt\">\(e(text.zh))</span>"
        }
        func metres(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "" }
        let lineName = [l.leftName ?? l.leftCode, l.rightName ?? l.rightCode].joined(separator: "—")
        var html = """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <title>\(e(ReportMessages.title.text(.zh))) \(e(lineName))</title>
            <style>
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #111; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.4em; }
            .alt { color: #555; font-size: 0.85em; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
            th, td { border: 1px solid #888; padding: 0.25em 0.4em; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            dl.round { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
            dt { font-weight: bold; }
            svg.map { width: 100%; max-width: 180mm; height: auto; }
            .intact { color: #1a9850; } .damaged { color: #f58220; } .moved { color: #d73027; } .missing { color: #000; }
            @page { size: A4; margin: 15mm; }
            @media print { body { margin: 0; } h2 { break-after: avoid; } tr, svg.map { break-inside: avoid; } }
            </style>
            </head>
            <body>
            <h1>\(label(ReportMessages.title))</h1>
            <dl class="round">
            <dt>\(label(ReportMessages.line))</dt><dd>\(e(lineName)) (\(e(l.code)))</dd>
            <dt>\(label(ReportMessages.round))</dt><dd>\(r.round.map(String.init) ?? "") \(e(r.id))</dd>
            <dt>\(label(ReportMessages.dates))</dt><dd>\(e(r.startedOn))\(r.finishedOn.map { " – " + e($0) } ?? "")</dd>
            <dt>\(label(ReportMessages.teams))</dt><dd>\(e(r.teamLeft ?? "")) / \(e(r.teamRight ?? ""))</dd>
            <dt>\(label(ReportMessages.documents))</dt><dd>\(r.documents.isEmpty ? label(ReportMessages.none) : r.documents.map(e).joined(separator: "；"))</dd>
            <dt>\(label(ReportMessages.reportNumber))</dt><dd>\(e(r.reportNumber ?? ""))</dd>
            <dt>\(label(ReportMessages.tolerance))</dt><dd>\(metres(r.toleranceM)) m</dd>
            <dt>\(label(ReportMessages.length))</dt><dd>\(String(format: "%.1f", l.lengthM)) m</dd>
            </dl>
            <p class="summary">\(e(report.summary(in: language))) <span class="alt">\(e(report.summary(in: language == .zh ? .en : .zh)))</span></p>
            <h2>\(label(ReportMessages.map))</h2>
            \(ReportMap(report).svg(language: language))
            <h2>\(label(ReportMessages.markers))</h2>
            <table class="markers">
            <thead><tr><th>\(label(ReportMessages.number))</th><th>\(label(ReportMessages.registered)) X</th><th>\(label(ReportMessages.registered)) Y</th>
            <th>\(label(ReportMessages.measured)) X</th><th>\(label(ReportMessages.measured)) Y</th><th>EPSG</th>
            <th>\(label(ReportMessages.displacement))</th><th>\(label(ReportMessages.bearing))</th><th>\(label(ReportMessages.finding))</th>
            <th>\(label(ReportMessages.note))</th></tr></thead>
            <tbody>

            """
        for (marker, finding) in report.markerRows {
            let kind = finding?.kind
            html += """
                <tr class="marker"><td>\(e(marker.number))</td><td class="num">\(metres(marker.surveyed.x))</td><td class="num">\(metres(marker.surveyed.y))</td>\
                <td class="num">\(metres(finding?.measured?.x))</td><td class="num">\(metres(finding?.measured?.y))</td>\
                <td class="num">\(finding?.measured.map { String($0.epsg) } ?? String(marker.surveyed.epsg))</td>\
                <td class="num">\(metres(finding?.displacementM))</td><td class="num">\(finding?.bearingDeg.map { String(format: "%.2f", $0) } ?? "")</td>\
                <td class="\(kind?.rawValue ?? "not-inspected")">\(kind.map { words($0.label) } ?? label(ReportMessages.notInspected))</td>\
                <td>\(e(finding?.note ?? ""))</td></tr>

                """
        }
        html += "</tbody>\n</table>\n<h2>\(label(ReportMessages.alongLine))</h2>\n"
        if report.alongLine.isEmpty {
            html += "<p>\(label(ReportMessages.none))</p>\n"
        } else {
            html += """
                <table class="along"><thead><tr><th>\(label(ReportMessages.finding))</th><th>\(label(ReportMessages.position))</th>\
                <th>\(label(ReportMessages.date))</th><th>\(label(ReportMessages.note))</th></tr></thead><tbody>

                """
            for f in report.alongLine {
                html += """
                    <tr><td>\(words(f.kind.label))</td><td class="num">\(String(format: "%.7f, %.7f", f.position.lon, f.position.lat))</td>\
                    <td>\(e(f.inspectionDate))</td><td>\(e(f.note ?? ""))</td></tr>

                    """
            }
            html += "</tbody></table>\n"
        }
        return html + "</body>\n</html>\n"
    }
}
