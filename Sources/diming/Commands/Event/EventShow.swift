import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Event {
    /// `diming event show ID`: one event and its status changes.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: EventsMessages.showAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(EventsMessages.eventHelp.localized(), valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp(EventsMessages.formatHelp.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let disaster = try options.disaster(.readOnly)
            let found = try await disaster.event(event)
            let changes = try await disaster.eventChanges(event)
            let changeRows = changes.map { [$0.status.label.text(.process), $0.at, $0.account ?? "", $0.note ?? ""] }
            switch format {
            case .json: print(try DisasterOutput.json(["event": DisasterOutput.AnyJSON(found), "changes": DisasterOutput.AnyJSON(changes)]))
            case .csv: print(DisasterOutput.csv(header: EventsMessages.changesHeader.columns, rows: changeRows), terminator: "")
            case .text:
                print(TextTable.render(header: EventsMessages.listHeader.columns, rows: [EventOutput.cells(found)]))
                print("")
                print(TextTable.render(header: EventsMessages.changesHeader.columns, rows: changeRows))
            }
        }
    }
}
