import ArgumentParser
import DimingCore

extension Diming {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.exportAbstract.localized(),
            discussion: HelpMessages.exportDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.exportLayer.localized()))
        var layer: String

        @Option(help: ArgumentHelp(HelpMessages.exportOut.localized()))
        var out: String?

        @Option(help: ArgumentHelp(HelpMessages.exportFormat.localized()))
        var format: FeatureFormat?

        @Option(help: ArgumentHelp(HelpMessages.exportBbox.localized(), valueName: "bbox"))
        var bbox: String?

        @Option(help: ArgumentHelp(HelpMessages.exportDecimals.localized()))
        var decimals = 7

        @Flag(help: ArgumentHelp(HelpMessages.exportExcel.localized()))
        var excel = false

        func validate() throws {
            guard (0...9).contains(decimals) else { throw ValidationError(CommandMessages.decimalsRange.localized()) }
        }

        func run() throws {
            let chosen = try out.map { try FeatureFormat.forPath($0, explicit: format, use: .write) } ?? format ?? .geojson
            if excel && chosen != .csv { throw FormatError.excelNeedsCSV(format: chosen) }
            if out == nil && chosen.gdalDriver != nil { throw FormatError.needsFile(format: chosen) }
            let db = try database.open(.readOnly)
            let exporter = FeatureExporter(layer: try db.catalog.layer(named: layer), format: chosen,
                                           boundingBox: try bbox.map { try BoundingBox(parsing: $0) }, decimals: decimals,
                                           excel: excel)
            if let out {
                try exporter.run(from: db, toFile: out)
            } else {
                try exporter.run(from: db, to: FileSink.standardOutput())
            }
        }
    }
}
