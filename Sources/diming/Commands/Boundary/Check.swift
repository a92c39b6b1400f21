import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary check`: the topology check. Findings are the result, not a failure:
    /// the exit status is 0 with a summary; bad input exits non-zero.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", abstract: LinesMessages.checkAbstract.localized(),
                                                        discussion: LinesMessages.checkDiscussion.localized())

        @OptionGroup var options: BoundaryOptions

        @Option(help: ArgumentHelp(LinesMessages.toleranceHelp.localized(), valueName: "metres"))
        var tolerance = Boundaries.defaultTolerance

        @Option(help: ArgumentHelp(LinesMessages.levelHelp.localized(), valueName: "level"))
        var level: String?

        @Option(help: ArgumentHelp(LinesMessages.formatHelp.localized())) var format = BoundaryOutputFormat.text

        func run() async throws {
            let report = try await options.boundaries(.readOnly).check(tolerance: tolerance, level: level)
            switch format {
            case .json: FileHandle.standardOutput.write(Data(report.json() + [10]))
            case .geojson: FileHandle.standardOutput.write(Data(report.geoJSON() + [10]))
            case .text:
                for finding in report.findings { print(Self.line(finding)) }
                print(LinesMessages.summary.localized(["units": "\(report.divisionsChecked)", "pairs": "\(report.pairsChecked)",
                                                       "findings": "\(report.findings.count)"]))
            }
        }

        /// `gap  420501|420502  50000.0 m²  width 9.95 m  at 111.2868,30.6752`.
        static func line(_ f: TopologyFinding) -> String {
            var parts = [f.kind.rawValue, f.codes.joined(separator: "|")]
            if let line = f.line { parts.append(line) }
            if let marker = f.marker { parts.append(marker) }
            if let area = f.areaM2 { parts.append(String(format: "%.1f m²", area)) }
            if let width = f.widthM { parts.append(String(format: "width %.3f m", width)) }
            if let distance = f.distanceM { parts.append(String(format: "distance %.3f m", distance)) }
            parts.append(String(format: "at %.7f,%.7f", f.location.lon, f.location.lat))
            return parts.joined(separator: "  ")
        }
    }
}
