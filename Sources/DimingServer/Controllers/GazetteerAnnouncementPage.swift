import DimingCore
import DimingGazetteer

/// 地名公告: the page a clerk prints for an approved name — the title, the standard name large
/// with its romanization under it, then category, administrative area, location, approving
/// authority, date and document, in the language the browser asked for. Inline CSS only (the
/// bureau's network has no internet); the links are hidden on paper.
struct GazetteerAnnouncementPage {
    let record: Announcement
    let language: Language

    private typealias M = GazetteerHTTPMessages

    func render() -> String {
        let e = HTMLPage.escape
        let division = [record.divisionName, record.division.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        let rows: [(Message, String?)] = [
            (M.standardName, record.name),
            (M.romanization, record.pinyin),
            (M.category, record.category.map { M.categoryName($0, in: language) }),
            (M.division, division.isEmpty ? nil : division),
            (M.location, record.location),
            (M.authority, record.authority),
            (M.date, record.date),
            (M.document, record.document),
            (M.placeID, record.placeID),
        ]
        let table = rows.map { label, value in
            "<tr><th>\(e(label.text(language)))</th><td>\(e(value ?? M.notGiven.text(language)))</td></tr>"
        }.joined(separator: "\n")
        let id = e(record.placeID)
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(M.announcementTitle.text(language))) · \(e(record.name))</title>
            <style>
            body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "SimSun", serif; margin: 2rem auto; max-width: 42rem; padding: 0 1.5rem; color: #000; }
            nav { font-size: .9rem; margin-bottom: 1.5rem; color: #555; }
            h1 { text-align: center; font-size: 2rem; letter-spacing: .5em; margin: 1rem 0 2rem; }
            .name { text-align: center; font-size: 3.2rem; font-weight: bold; margin: 0; }
            .pinyin { text-align: center; font-size: 1.6rem; margin: .3rem 0 2rem; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #000; padding: .5rem .7rem; text-align: left; vertical-align: top; }
            th { width: 30%; font-weight: normal; background: #f4f4f4; }
            a { color: #0b5394; }
            @media print { nav { display: none; } body { margin: 0 auto; } th { background: none; } }
            </style>
            </head>
            <body>
            <nav><a href="/gazetteer/places/\(id)">\(e(M.gazetteer.text(language)))</a> · <a href="/gazetteer/places/\(id)/announcement?f=json">JSON</a></nav>
            <h1>\(e(M.announcementTitle.text(language)))</h1>
            <p class="name" lang="zh-CN">\(e(record.name))</p>
            <p class="pinyin" lang="zh-Latn-pinyin">\(e(record.pinyin))</p>
            <table>
            \(table)
            </table>
            </body>
            </html>
            """
    }
}
