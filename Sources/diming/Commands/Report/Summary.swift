import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Report {
    /// `diming report summary EVENT [--as-of TIME] [--level township|county] --format text|json|csv`.
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: SummaryMessages.summaryAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(EventsMessages.eventHelp.localized(), valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp(SummaryMessages.asOfHelp.localized(), valueName: "time")) var asOf: String?
        @Option(help: ArgumentHelp(SummaryMessages.levelHelp.localized())) var level: SummaryLevelOption = .township
        @Option(help: ArgumentHelp(EventsMessages.formatHelp.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let summary = try await options.disaster(.readOnly).summary(event: event, level: level.level, asOf: asOf)
            switch format {
            case .json: print(summary.json)
            case .csv: print(summary.csv(), terminator: "")   // the official form: Chinese headings whatever the locale
            case .text:
                let language = Language.process
                let header = [SummaryMessages.codeHeading.text(language), summary.level.label.text(language)]
                    + Indicator.allCases.map { SummaryMessages.heading(label: $0.label.text(language), unit: $0.unit.text(language), language: language) }
                    + [SummaryMessages.reportsHeading.text(language)]
                func cells(_ code: String, _ name: String, _ f: SummaryFigures) -> [String] {
                    [code, name] + Indicator.allCases.map { f.indicators.decimalText($0) } + [String(f.reports)]
                }
                // One column per division reads better than 19 columns per row: the table is turned.
                let rows = summary.rows.map { cells($0.division, $0.name, $0.figures) }
                    + [cells("", SummaryMessages.unassigned.text(language), summary.unassigned),
                       cells("", SummaryMessages.total.text(language), summary.total)]
                print("\(summary.eventName) (\(summary.event)) — \(SummaryMessages.asOf.text(language)) \(summary.asOf)")
                print(TextTable.render(header: [""] + rows.map { $0[1] }, rows: (2..<header.count).map { i in [header[i]] + rows.map { $0[i] } }))
            }
        }
    }
}

/// `--level`: the rows' level.
enum SummaryLevelOption: String, ExpressibleByArgument, CaseIterable {
    case township, county

    var level: SummaryLevel { self == .county ? .county : .township }
}
