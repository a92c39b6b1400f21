import DimingCore
import Foundation

/// The summary as JSON (the contract of `GET /events/{id}/summary`) and as the 快报 table in
/// CSV. Every figure is written from ``Indicators/decimalText(_:)``: `17.7`, never `17.699999`.
extension EventSummary {
    /// `{"event", "as_of", "rows": [{"division", "name", <indicators>, "reports"}], "unassigned": {…}, "total": {…}}`.
    public var json: String {
        let rowsJSON = rows.map { row in
            "{\"division\":\(JSONText.string(row.division)),\"name\":\(JSONText.string(row.name)),\(Self.members(row.figures))}"
        }
        return "{\"event\":\(event),\"as_of\":\(JSONText.string(asOf)),\"rows\":[\(rowsJSON.joined(separator: ","))],"
            + "\"unassigned\":{\(Self.members(unassigned))},\"total\":{\(Self.members(total))}}"
    }

    private static func members(_ figures: SummaryFigures) -> String {
        (Indicator.allCases.map { "\"\($0.apiName)\":\(figures.indicators.decimalText($0))" } + ["\"reports\":\(figures.reports)"])
            .joined(separator: ",")
    }

    /// The 快报 table: the division column, one column per indicator headed with its name and
    /// unit (`受灾人口（人）`), the number of reports, then the unassigned and the 合计 row.
    /// UTF-8 with a BOM, so that Excel opens it. Chinese by default, as the official form is.
    public func csv(language: Language = .zh) -> String {
        let header = [SummaryMessages.codeHeading.text(language), level.label.text(language)]
            + Indicator.allCases.map { SummaryMessages.heading(label: $0.label.text(language), unit: $0.unit.text(language), language: language) }
            + [SummaryMessages.reportsHeading.text(language)]
        var lines = [header.map(CSVCell.escape).joined(separator: ",")]
        func line(_ code: String, _ name: String, _ figures: SummaryFigures) -> String {
            ([code, name] + Indicator.allCases.map { figures.indicators.decimalText($0) } + [String(figures.reports)])
                .map(CSVCell.escape).joined(separator: ",")
        }
        for row in rows { lines.append(line(row.division, row.name, row.figures)) }
        lines.append(line("", SummaryMessages.unassigned.text(language), unassigned))
        lines.append(line("", SummaryMessages.total.text(language), total))
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// JSON string literals without a JSON encoder (the summary's numbers are written as text).
enum JSONText {
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// One CSV cell, quoted when it must be.
enum CSVCell {
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
