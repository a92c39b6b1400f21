import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Event {
    /// `diming event list`: the events, newest first.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: EventsMessages.listAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Option(help: ArgumentHelp(EventsMessages.formatHelp.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let events = try await options.disaster(.readOnly).events()
            switch format {
            case .json: print(try DisasterOutput.json(["events": events]))
            case .csv:
                print(DisasterOutput.csv(header: EventsMessages.listHeader.columns, rows: events.map(EventOutput.cells)), terminator: "")
            case .text: print(TextTable.render(header: EventsMessages.listHeader.columns, rows: events.map(EventOutput.cells)))
            }
        }
    }
}

/// How the event commands print an event.
enum EventOutput {
    static func cells(_ e: DisasterEvent) -> [String] {
        [String(e.id), e.hazard.label.text(.process) + (e.subtype.map { "/\($0)" } ?? ""), e.name, e.startedAt,
         e.divisions.joined(separator: " "), e.status.label.text(.process)]
    }
}
