import ArgumentParser
import DimingBoundaries
import DimingCore

extension Diming.Boundary {
    /// `diming boundary export LINE|DIVISION …`: RFC 7946 GeoJSON or an RFC 8142 sequence of
    /// the named lines and divisions (and their markers), read-only.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ExportMessages.commandAbstract.localized())

        @OptionGroup var options: BoundaryOptions

        @Argument(help: ArgumentHelp(ExportMessages.namesHelp.localized(), valueName: "code"))
        var names: [String] = []

        @Option(help: ArgumentHelp(ExportMessages.formatHelp.localized()))
        var format = ExportFormat.geojson

        @Option(help: ArgumentHelp(SimplifyMessages.outputHelp.localized(), valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp(ExportMessages.simplifyHelp.localized(), valueName: "metres"))
        var simplify: Double?

        @Flag(help: ArgumentHelp(ExportMessages.markersHelp.localized()))
        var markers = false

        @Option(help: ArgumentHelp(ExportMessages.levelHelp.localized(), valueName: "level"))
        var level: String?

        @Flag(help: ArgumentHelp(ExportMessages.allLinesHelp.localized()))
        var allLines = false

        enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
            case geojson, geojsonseq

            var featureFormat: FeatureFormat { self == .geojson ? .geojson : .geojsonseq }
        }

        func validate() throws {
            if let level, DivisionLevel(rawValue: level) == nil {
                throw ValidationError("--level: \(DivisionLevel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let request = BoundaryExportRequest(codes: names, level: level.flatMap(DivisionLevel.init(rawValue:)), allLines: allLines,
                                                markers: markers, simplify: simplify, field: "names")
            let bytes = try await options.boundaries(.readOnly).export(request, format: format.featureFormat)
            try BoundaryCommandOutput.write(bytes, to: output)
        }
    }
}
