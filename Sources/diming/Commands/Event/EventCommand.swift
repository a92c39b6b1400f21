import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming {
    /// `diming event …`: disaster events (灾害过程), one file per subcommand in this folder.
    struct Event: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: DisasterMessages.eventCommandAbstract.localized(),
            subcommands: [Add.self, List.self, Show.self, Status.self])
    }
}
