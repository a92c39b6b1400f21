import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Report {
    /// `diming report list EVENT`: an event's reports with their review state, one a line.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ReviewHelpMessages.listAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(ReviewHelpMessages.event.localized(), valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp(ReviewHelpMessages.stateFilter.localized())) var state: ReviewState?
        @Option(help: ArgumentHelp(ReviewHelpMessages.township.localized(), valueName: "code")) var township: String?
        @Flag(help: ArgumentHelp(ReviewHelpMessages.allVersions.localized())) var allVersions = false
        @Option(help: ArgumentHelp(ReviewHelpMessages.limit.localized())) var limit = ReportFilter.maximumLimit
        @Option(help: ArgumentHelp(ReviewHelpMessages.offset.localized())) var offset = 0
        @Option(help: ArgumentHelp(ReviewHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

        func validate() throws {
            guard (1...ReportFilter.maximumLimit).contains(limit) else { throw ValidationError("--limit: 1…\(ReportFilter.maximumLimit)") }
            guard offset >= 0 else { throw ValidationError("--offset: ≥ 0") }
        }

        func run() async throws {
            let filter = ReportFilter(state: state, township: township, allVersions: allVersions, limit: limit, offset: offset)
            let reports = try await options.disaster(.readOnly).reports(event: event, filter: filter, scope: .everywhere)
            switch format {
            case .json:
                var out = JSONOutput()
                out.append("[")
                for (i, report) in reports.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    report.appendJSON(to: &out)
                }
                out.append("]")
                print(String(decoding: out.bytes, as: UTF8.self))
            case .csv:
                print(String(decoding: ReportExport.csv(reports).dropFirst(3), as: UTF8.self), terminator: "")
            case .text:
                if reports.isEmpty { print(ReviewHelpMessages.noReports.localized()) }
                for report in reports {
                    let current = report.isCurrent ? "*" : " "
                    print("\(current) \(report.uid)  v\(report.version)  \(report.reviewState.rawValue)  \(report.townshipName ?? "-")  \(report.observedAt)  \(report.submittedBy ?? "-")")
                }
            }
        }
    }
}
