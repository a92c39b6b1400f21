import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary markers import|export|list`: the 界桩登记表.
    struct Markers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: MarkersHelpMessages.abstract.localized(),
            discussion: MarkersHelpMessages.discussion.localized(),
            subcommands: [Import.self, Export.self, List.self])
    }
}

extension Diming.Boundary.Markers {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: MarkersHelpMessages.importAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(MarkersHelpMessages.file.localized(), valueName: "file")) var file: String

        func run() async throws {
            let result = try await options.boundaries().importRegister(path: file, by: LocalUser.account)
            print(MarkersHelpMessages.imported.localized(["added": String(result.added), "updated": String(result.updated)]))
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: MarkersHelpMessages.exportAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(MarkersHelpMessages.line.localized(), valueName: "line")) var line: String
        @Option(help: ArgumentHelp(MarkersHelpMessages.output.localized(), valueName: "path")) var output: String?

        func run() async throws {
            let csv = try await options.boundaries(.readOnly).exportRegister(line: line)
            try BoundaryOutput.write(csv, to: output)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: MarkersHelpMessages.listAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Option(help: ArgumentHelp(MarkersHelpMessages.line.localized(), valueName: "line")) var line: String?
        @Option(help: ArgumentHelp(MarkersHelpMessages.format.localized())) var format: BoundaryOutputFormat = .text

        func run() async throws {
            let markers = try await options.boundaries(.readOnly).markers(line: line)
            switch format {
            case .json: print(try BoundaryOutput.json(markers))
            case .geojson: print(markers.geoJSON)
            case .text:
                print(TextTable.render(header: MarkersHelpMessages.listHeader.columns, rows: markers.map { m in
                    [m.number, m.line, String(format: "%.3f", m.surveyed.x), String(format: "%.3f", m.surveyed.y), String(m.surveyed.epsg),
                     String(format: "%.7f", m.position.lon), String(format: "%.7f", m.position.lat),
                     m.status.map { Language.process == .zh ? $0.label.zh : $0.label.en } ?? "-"]
                }))
            }
        }
    }
}

/// Output helpers of the boundary commands.
enum BoundaryOutput {
    /// `value` as JSON (sorted keys, figures named with their unit).
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `text` to the file `path`, or to standard output.
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
