import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.demoAbstract.localized(),
            discussion: HelpMessages.demoDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(HelpMessages.demoData.localized(),
                                   discussion: HelpMessages.demoDataDiscussion.localized(),
                                   valueName: "dir"))
        var data: String?

        func run() throws {
            guard let directory = data.map({ URL(fileURLWithPath: $0) }) ?? DemoDataset.locateDirectory() else {
                throw ValidationError(CommandMessages.noGazetteer.localized())
            }
            let db = try database.open(.create)
            let summaries = try DemoDataset.load(from: directory, into: db)
            var totals = [String: Int]()
            for summary in summaries { totals[summary.layer, default: 0] += summary.inserted }
            for layer in db.catalog.layers where totals[layer.name] != nil {
                print(CommandMessages.demoLayer.localized(["layer": layer.name, "count": String(totals[layer.name]!)]))
            }
            print(CommandMessages.demoReady.localized(["path": db.path]))
        }
    }
}
