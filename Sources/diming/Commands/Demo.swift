import ArgumentParser
import DimingCore
import Foundation

extension Diming {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the demo database from gazetteer/ (idempotent).",
            discussion: "Loads the real Yichang county boundaries and the synthetic Yidu townships, roads, house numbers, shelters and places. The demo layers are replaced in one transaction, so running it again gives the same database.")

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp("The gazetteer/ folder holding the demo files.",
                                   discussion: "Defaults to $DIMING_DATA, ./gazetteer, or the one beside the diming build.",
                                   valueName: "dir"))
        var data: String?

        func run() throws {
            guard let directory = data.map({ URL(fileURLWithPath: $0) }) ?? DemoDataset.locateDirectory() else {
                throw ValidationError("cannot find the gazetteer/ folder; name it with --data")
            }
            let db = try database.open(.create)
            let summaries = try DemoDataset.load(from: directory, into: db)
            var totals = [String: Int]()
            for summary in summaries { totals[summary.layer, default: 0] += summary.inserted }
            for layer in db.catalog.layers where totals[layer.name] != nil {
                print("\(layer.name): \(totals[layer.name]!) features")
            }
            print("demo database ready: \(db.path)")
        }
    }
}
