import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Event {
    /// `diming event status ID stabilised|closed [--at TIME]`: moves the event one step on.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: EventsMessages.statusAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(EventsMessages.eventHelp.localized(), valueName: "event")) var event: Int64
        @Argument(help: ArgumentHelp(EventsMessages.newStatusHelp.localized(), valueName: "status")) var status: String
        @Option(help: ArgumentHelp(EventsMessages.atHelp.localized(), valueName: "time")) var at: String?
        @Option(help: ArgumentHelp(EventsMessages.noteHelp.localized())) var note: String?

        func run() async throws {
            let changed = try await options.disaster().changeEventStatus(event, to: status, at: at, note: note, by: LocalUser.account)
            print(TextTable.render(header: EventsMessages.listHeader.columns, rows: [EventOutput.cells(changed)]))
        }
    }
}
