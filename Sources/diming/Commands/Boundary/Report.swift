import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary report ROUND`: the 联检报告 of a round.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ReportHelpMessages.abstract.localized())

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, json }

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(ReportHelpMessages.round.localized(), valueName: "round")) var round: String
        @Option(help: ArgumentHelp(ReportHelpMessages.format.localized())) var format: Format = .text
        @Option(help: ArgumentHelp(ReportHelpMessages.output.localized(), valueName: "path")) var output: String?
        @Option(help: ArgumentHelp(ReportHelpMessages.language.localized(), valueName: "zh|en")) var language: String?

        func run() async throws {
            let report = try await options.boundaries(.readOnly).report(round: round)
            let lang: Language = language.map { $0.lowercased().hasPrefix("en") ? .en : .zh } ?? .process
            switch format {
            case .html: try BoundaryOutput.write(InspectionReportPage.html(report, language: lang), to: output)
            case .json: try BoundaryOutput.write(report.json + "\n", to: output)
            case .text: try BoundaryOutput.write(text(report, lang), to: output)
            }
        }

        private func text(_ report: InspectionReport, _ lang: Language) -> String {
            let r = report.round
            var lines = ["\(ReportMessages.title.text(lang)): \(report.line.code) \(r.startedOn) (\(r.id))", report.summary(in: lang), ""]
            lines.append(TextTable.render(header: [ReportMessages.number.text(lang), ReportMessages.finding.text(lang),
                                                   ReportMessages.displacement.text(lang), ReportMessages.bearing.text(lang)], rows: report.markerRows.map { m, f in
                [m.number, f?.kind.rawValue ?? "-", f?.displacementM.map { String(format: "%.3f", $0) } ?? "-",
                 f?.bearingDeg.map { String(format: "%.2f", $0) } ?? "-"]
            }))
            for f in report.alongLine {
                lines.append("\(f.kind.rawValue) \(String(format: "%.7f,%.7f", f.position.lon, f.position.lat)) \(f.note ?? "")")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
