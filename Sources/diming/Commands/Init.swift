import ArgumentParser
import DimingCore

extension Diming {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.initAbstract.localized(),
            discussion: HelpMessages.initDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let db = try database.open(.setUp)
            print(CommandMessages.initialized.localized(["path": db.path, "count": String(try db.appliedMigrations().count),
                                                         "layers": db.catalog.layers.map(\.name).joined(separator: ", ")]))
        }
    }
}
