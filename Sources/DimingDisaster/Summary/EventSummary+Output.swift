import DimingCore
import Foundation

/// The summary as JSON (the contract of `GET /events/{id}/summary`) and as the 快报 table in
/// CSV. Every figure is written from ``Indicators/decimalText(_:)``: `17.7`, never `17.699999`.
extension EventSummary {
    /// `{"event", "as_of", "rows": [{"division", "name", <indicators>, "reports"}], "unassigned": {…}, "total": {…}}`.
    public var json: String {
        let rowsJSON = rows.map { row in
            "{\"division\":\(JSONOutput.string(row.division)),\"name\":\(JSONOutput.string(row.name)),\(Self.members(row.figures))}"
        }
        return "{\"event\":\(event),\"as_of\":\(JSONOutput.string(asOf)),\"rows\":[\(rowsJSON.joined(separator: ","))],"
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
        var lines = [header.map(CSVField.quoted).joined(separator: ",")]
        func line(_ code: String, _ name: String, _ figures: SummaryFigures) -> String {
            ([code, name] + Indicator.allCases.map { figures.indicators.decimalText($0) } + [String(figures.reports)])
                .map(CSVField.quoted).joined(separator: ",")
        }
        for row in rows { lines.append(line(row.division, row.name, row.figures)) }
        lines.append(line("", SummaryMessages.unassigned.text(language), unassigned))
        lines.append(line("", SummaryMessages.total.text(language), total))
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}
