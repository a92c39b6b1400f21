import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

extension Diming {
    /// `diming place …`: the gazetteer's naming workflow and its records.
    struct Place: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: PlaceMessages.abstract.localized(),
            discussion: PlaceMessages.discussion.localized(),
            subcommands: [Propose.self, Review.self, Approve.self, Announce.self, Reject.self, Rename.self, Retire.self, Deprecate.self,
                          Split.self, Merge.self, Show.self, History.self, List.self, Export.self])
    }
}

/// What every `diming place` step shares: the database and the gazetteer on it.
struct GazetteerOptions: ParsableArguments {
    @OptionGroup var database: DatabaseOptions

    func gazetteer() throws -> Gazetteer {
        Gazetteer(try database.open(.readWrite))
    }
}

/// The approval options of approve, rename, split and merge.
struct ApprovalOptions: ParsableArguments {
    @Option(help: ArgumentHelp(PlaceMessages.document.localized(), valueName: "number"))
    var document: String

    @Option(help: ArgumentHelp(PlaceMessages.date.localized(), valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp(PlaceMessages.authority.localized(), valueName: "text"))
    var authority: String?

    var approval: Approval { Approval(document: document, date: date, authority: authority) }
}

/// `text` or `json` output of show and list.
enum PlaceOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension PlaceCategory: ExpressibleByArgument {}
extension PlaceStatus: ExpressibleByArgument {}
extension PlaceExportFormat: ExpressibleByArgument {}
