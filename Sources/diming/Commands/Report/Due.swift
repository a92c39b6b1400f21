import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Report {
    /// `diming report due [EVENT] [--now TIME]`: the deadlines of one event, or of every event
    /// not closed, and whether one must be escalated.
    struct Due: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: DeadlinesMessages.dueAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(DeadlinesMessages.eventHelp.localized(), valueName: "event")) var event: Int64?
        @Option(help: ArgumentHelp(DeadlinesMessages.nowHelp.localized(), valueName: "time")) var now: String?
        @Option(help: ArgumentHelp(EventsMessages.formatHelp.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let disaster = try options.disaster(.readOnly)
            let ids = if let event { [event] } else { try await disaster.events().filter { $0.status != .closed }.map(\.id) }
            var all = [EventDeadlines]()
            for id in ids { all.append(try await disaster.deadlines(event: id, now: now)) }
            let language = Language.process
            let rows = all.flatMap { e in
                e.deadlines.map { [String(e.event), $0.kind.label.text(language), $0.dueAt, $0.metAt ?? "", $0.status.label.text(language)] }
            }
            switch format {
            case .json: print(try DisasterOutput.json(event == nil ? DisasterOutput.AnyJSON(["events": all]) : DisasterOutput.AnyJSON(all[0])))
            case .csv: print(DisasterOutput.csv(header: DeadlinesMessages.header.columns, rows: rows), terminator: "")
            case .text:
                print(TextTable.render(header: DeadlinesMessages.header.columns, rows: rows))
                for e in all {
                    for deadline in e.deadlines where !deadline.yearsWithoutHolidays.isEmpty {
                        print(DeadlinesMessages.yearsWithoutHolidays.localized([
                            "event": String(e.event), "due": deadline.dueAt,
                            "years": deadline.yearsWithoutHolidays.map(String.init).joined(separator: DeadlinesMessages.yearSeparator.localized()),
                        ]))
                    }
                }
                for e in all where e.escalation.required {
                    print(DeadlinesMessages.escalate.localized([
                        "event": String(e.event), "count": String(e.escalation.deadMissing),
                        "collapse": e.escalation.massCollapse ? DeadlinesMessages.massCollapse.localized() : "",
                        "due": e.escalation.dueAt ?? "",
                    ]))
                }
            }
        }
    }
}
