import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming.Event {
    /// `diming event add`: opens an event; the last line of stdout is its id alone (the
    /// contract scripts and field apps rely on).
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: EventsMessages.addAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Option(help: ArgumentHelp(EventsMessages.hazardHelp.localized())) var hazard: String
        @Option(help: ArgumentHelp(EventsMessages.subtypeHelp.localized())) var subtype: String?
        @Option(help: ArgumentHelp(EventsMessages.nameHelp.localized())) var name: String
        @Option(help: ArgumentHelp(EventsMessages.startHelp.localized())) var start: String
        @Option(help: ArgumentHelp(EventsMessages.divisionHelp.localized(), valueName: "code")) var division: [String] = []
        @Option(help: ArgumentHelp(EventsMessages.profileHelp.localized(), valueName: "name")) var deadlineProfile: String?
        @Flag(help: ArgumentHelp(EventsMessages.massCollapseHelp.localized())) var massCollapse = false
        @Option(help: ArgumentHelp(EventsMessages.noteHelp.localized())) var note: String?

        func run() async throws {
            let draft = EventDraft(hazard: hazard, subtype: subtype, name: name, start: start, divisions: division,
                                   deadlineProfile: deadlineProfile, massCollapse: massCollapse, note: note)
            let event = try await options.disaster().addEvent(draft, by: LocalUser.account)
            print(event.id)
        }
    }
}
