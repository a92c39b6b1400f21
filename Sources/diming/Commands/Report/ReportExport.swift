import ArgumentParser
import DimingCore
import DimingDisaster

extension ReportExportFormat: ExpressibleByArgument {}

extension Diming.Report {
    /// `diming report export EVENT --format geojson|csv [--all-versions] [--output FILE]`, or
    /// `--archive FILE` for the whole event as a ZIP.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ReviewHelpMessages.exportAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(ReviewHelpMessages.event.localized(), valueName: "event")) var event: Int64
        @Option(help: ArgumentHelp(ReviewHelpMessages.exportFormat.localized())) var format = ReportExportFormat.geojson
        @Flag(help: ArgumentHelp(ReviewHelpMessages.allVersions.localized())) var allVersions = false
        @Flag(help: ArgumentHelp(ReviewHelpMessages.currentOnly.localized())) var currentOnly = false
        @Option(help: ArgumentHelp(ReviewHelpMessages.output.localized(), valueName: "file")) var output: String?
        @Option(help: ArgumentHelp(ReviewHelpMessages.archive.localized(), valueName: "file")) var archive: String?

        func run() async throws {
            let disaster = try options.disaster(.readOnly)
            if let archive {
                try FileSink(path: archive).write(try await disaster.archive(event: event, scope: .everywhere))
                return
            }
            let all = format == .csv ? !currentOnly : allVersions
            let bytes = try await disaster.export(event: event, format: format, allVersions: all, scope: .everywhere)
            let sink: any ByteSink = try output.map { try FileSink(path: $0) } ?? FileSink.standardOutput()
            try sink.write(bytes)
        }
    }
}
