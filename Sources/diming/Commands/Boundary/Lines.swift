import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary lines`: derive the lines between neighbours (audited as `local:<user>`)
    /// and print them.
    struct Lines: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lines", abstract: LinesMessages.linesAbstract.localized())

        @OptionGroup var options: BoundaryOptions

        @Option(help: ArgumentHelp(LinesMessages.toleranceHelp.localized(), valueName: "metres"))
        var tolerance = Boundaries.defaultTolerance

        @Option(help: ArgumentHelp(LinesMessages.levelHelp.localized(), valueName: "level"))
        var level: String?

        @Option(help: ArgumentHelp(LinesMessages.formatHelp.localized())) var format = BoundaryOutputFormat.text

        func run() async throws {
            let boundaries = try options.boundaries()
            let derivation = try await boundaries.deriveLines(tolerance: tolerance, level: level, by: LocalUser.account)
            let lines = try await boundaries.lines().filter { level == nil || $0.level == level }
            switch format {
            case .json: FileHandle.standardOutput.write(Data(BoundaryLine.json(lines) + [10]))
            case .geojson: FileHandle.standardOutput.write(Data(BoundaryLine.geoJSON(lines) + [10]))
            case .text:
                for line in lines {
                    let names = "\(line.leftName ?? line.leftCode)|\(line.rightName ?? line.rightCode)"
                    print("\(line.code)\t\(names)\t\(String(format: "%.1f", line.lengthM)) m\tv\(line.version)\t\(line.agreement ?? "—")")
                }
                print(LinesMessages.derived.localized(["added": "\(derivation.added.count)", "changed": "\(derivation.changed.count)",
                                                       "unchanged": "\(derivation.unchanged.count)", "removed": "\(derivation.removed.count)"]))
            }
        }
    }
}
