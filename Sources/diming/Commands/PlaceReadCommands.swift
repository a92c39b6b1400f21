import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

extension Diming.Place {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.showAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(name: .customLong("as-of"), help: ArgumentHelp(PlaceMessages.asOf.localized(), valueName: "YYYY-MM-DD")) var asOf: String?
        @Option(help: ArgumentHelp(PlaceMessages.format.localized())) var format: PlaceOutputFormat = .text

        func run() async throws {
            let detail = try await options.gazetteer().place(id, asOf: asOf)
            print(format == .json ? try PlaceOutput.json(detail) : PlaceOutput.detail(detail))
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.historyAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.format.localized())) var format: PlaceOutputFormat = .text

        func run() async throws {
            let events = try await options.gazetteer().history(id)
            print(format == .json ? try PlaceOutput.json(events) : PlaceOutput.events(events))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.listAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Option(help: ArgumentHelp(PlaceMessages.status.localized())) var status: PlaceStatus?
        @Option(help: ArgumentHelp(PlaceMessages.category.localized()))
        var category: PlaceCategory?
        @Option(name: .customLong("in"), help: ArgumentHelp(PlaceMessages.division.localized(), valueName: "code")) var division: String?
        @Option(name: .customLong("as-of"), help: ArgumentHelp(PlaceMessages.asOf.localized(), valueName: "YYYY-MM-DD")) var asOf: String?
        @Flag(help: ArgumentHelp(PlaceMessages.includeReserved.localized())) var includeReserved = false
        @Option(help: ArgumentHelp(PlaceMessages.format.localized())) var format: PlaceOutputFormat = .text

        func run() async throws {
            let filter = PlaceFilter(status: status, category: category, division: division, asOf: asOf,
                                     includeReserved: includeReserved, limit: 100_000)
            let places = try await options.gazetteer().list(filter)
            print(format == .json ? try PlaceOutput.json(places) : PlaceOutput.table(places))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.exportAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Option(help: ArgumentHelp(PlaceMessages.format.localized())) var format: PlaceExportFormat = .geojson
        @Option(help: ArgumentHelp(PlaceMessages.output.localized(), valueName: "path")) var output: String?

        func run() async throws {
            let bytes = try await options.gazetteer().export(format)
            if let output {
                try Data(bytes).write(to: URL(fileURLWithPath: output))
                FileHandle.standardError.write(Data((PlaceMessages.written.localized(["path": output]) + "\n").utf8))
            } else {
                FileHandle.standardOutput.write(Data(bytes))
            }
        }
    }
}
