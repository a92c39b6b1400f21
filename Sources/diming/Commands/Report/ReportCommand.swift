import ArgumentParser
import DimingCore
import DimingDisaster

extension Diming {
    /// `diming report …`: rapid disaster reports (灾情速报), one file per subcommand in this folder.
    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: DisasterMessages.reportCommandAbstract.localized(),
            subcommands: [Submit.self, Review.self, List.self, Summary.self, Due.self, Export.self, Filing.self])
    }
}

/// The database option of every `event` and `report` subcommand.
struct DisasterOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    func disaster(_ access: DatabaseAccess = .readWrite) throws -> Disaster {
        Disaster(try database.open(access))
    }
}

/// The output formats of the disaster commands: text for people (the default), JSON, CSV.
enum DisasterOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}
