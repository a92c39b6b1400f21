import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary simplify --tolerance METRES`: a display copy of the divisions with each
    /// shared border simplified once; the database is opened read-only.
    struct Simplify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: SimplifyMessages.commandAbstract.localized())

        @OptionGroup var options: BoundaryOptions

        @Option(help: ArgumentHelp(SimplifyMessages.toleranceHelp.localized(), valueName: "metres"))
        var tolerance: Double

        @Option(help: ArgumentHelp(SimplifyMessages.levelHelp.localized(), valueName: "level"))
        var level = DivisionLevel.county.rawValue

        @Option(help: ArgumentHelp(SimplifyMessages.codesHelp.localized(), valueName: "codes"))
        var codes: String?

        @Option(help: ArgumentHelp(SimplifyMessages.formatHelp.localized()))
        var format = BoundaryOutputFormat.text

        @Option(help: ArgumentHelp(SimplifyMessages.outputHelp.localized(), valueName: "file"))
        var output: String?

        func validate() throws {
            guard DivisionLevel(rawValue: level) != nil else {
                throw ValidationError("--level: \(DivisionLevel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let codeList = codes.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            let result = try await options.boundaries(.readOnly).simplify(level: DivisionLevel(rawValue: level)!, tolerance: tolerance,
                                                                          codes: codeList)
            let bytes: [UInt8]
            switch format {
            case .geojson:
                bytes = Boundaries.write(result.divisions.map(\.exportedFeature), format: .geojson)
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                bytes = Array(try encoder.encode(SimplifyReport(result))) + [0x0A]
            case .text:
                bytes = Array(Self.text(result).utf8)
            }
            try BoundaryCommandOutput.write(bytes, to: output)
        }

        static func text(_ result: Simplification) -> String {
            var lines = [SimplifyMessages.summary.localized([
                "count": String(result.divisions.count), "tolerance": String(result.toleranceM), "epsg": String(result.epsg),
                "before": String(result.divisions.reduce(0) { $0 + $1.verticesBefore }),
                "after": String(result.divisions.reduce(0) { $0 + $1.verticesAfter }),
                "arcs": String(result.arcs), "shared": String(result.sharedArcs),
                "invalid": String(result.divisions.filter { !$0.valid }.count),
                "relaxed": String(result.divisions.filter(\.relaxed).count),
            ])]
            for d in result.divisions {
                lines.append("\(d.code)\t\(d.name ?? "")\t\(d.verticesBefore) → \(d.verticesAfter)\(d.valid ? "" : "\tINVALID")\(d.relaxed ? "\trelaxed" : "")")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// What `boundary simplify --format json` prints.
private struct SimplifyReport: Encodable {
    struct Division: Encodable {
        var code: String
        var name: String?
        var level: String?
        var vertices_before: Int
        var vertices_after: Int
        var valid: Bool
        var relaxed: Bool
    }

    var tolerance_m: Double
    var epsg: Int32
    var arcs: Int
    var shared_arcs: Int
    var divisions: [Division]

    init(_ result: Simplification) {
        tolerance_m = result.toleranceM; epsg = result.epsg; arcs = result.arcs; shared_arcs = result.sharedArcs
        divisions = result.divisions.map {
            Division(code: $0.code, name: $0.name, level: $0.level, vertices_before: $0.verticesBefore, vertices_after: $0.verticesAfter,
                     valid: $0.valid, relaxed: $0.relaxed)
        }
    }
}

/// Bytes to `--output FILE`, or to standard output.
enum BoundaryCommandOutput {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        let sink: any ByteSink = try path.map { try FileSink(path: $0) } ?? FileSink.standardOutput()
        try sink.write(bytes)
    }
}
