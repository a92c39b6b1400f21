import ArgumentParser
import DimingBoundaries
import DimingCore
import Foundation

extension Diming.Boundary {
    /// `diming boundary inspect open|record|history|rounds`: joint inspections (联合检查).
    struct Inspect: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: InspectionsHelpMessages.abstract.localized(),
            discussion: InspectionsHelpMessages.discussion.localized(),
            subcommands: [Open.self, Record.self, History.self, Rounds.self])
    }
}

extension FindingKind: ExpressibleByArgument {}

extension Diming.Boundary.Inspect {
    struct Open: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: InspectionsHelpMessages.openAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(MarkersHelpMessages.line.localized(), valueName: "line")) var line: String
        @Option(help: ArgumentHelp(InspectionsHelpMessages.date.localized(), valueName: "YYYY-MM-DD")) var date: String
        @Option(help: ArgumentHelp(InspectionsHelpMessages.finished.localized(), valueName: "YYYY-MM-DD")) var finished: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.roundNumber.localized(), valueName: "n")) var round: Int?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.teamLeft.localized(), valueName: "text")) var teamLeft: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.teamRight.localized(), valueName: "text")) var teamRight: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.document.localized(), valueName: "text")) var document: [String] = []
        @Option(help: ArgumentHelp(InspectionsHelpMessages.reportNumber.localized(), valueName: "text")) var reportNumber: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.tolerance.localized(), valueName: "metres")) var tolerance: Double = 0.10
        @Option(help: ArgumentHelp(MarkersHelpMessages.format.localized())) var format: BoundaryOutputFormat = .text

        func run() async throws {
            let draft = RoundDraft(line: line, round: round, startedOn: date, finishedOn: finished, teamLeft: teamLeft, teamRight: teamRight,
                                   documents: document, reportNumber: reportNumber, toleranceM: tolerance)
            let opened = try await options.boundaries().openRound(draft, by: LocalUser.account)
            if format == .text {
                print(InspectionsHelpMessages.opened.localized(["id": opened.id, "line": opened.line, "tolerance": String(opened.toleranceM)]))
            } else {
                print(try BoundaryOutput.json(opened))
            }
        }
    }

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: InspectionsHelpMessages.recordAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(InspectionsHelpMessages.round.localized(), valueName: "round")) var round: String
        @Option(help: ArgumentHelp(InspectionsHelpMessages.marker.localized(), valueName: "number")) var marker: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.finding.localized())) var finding: FindingKind
        @Option(help: ArgumentHelp(InspectionsHelpMessages.x.localized(), valueName: "metres")) var x: Double?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.y.localized(), valueName: "metres")) var y: Double?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.epsg.localized(), valueName: "code")) var epsg: Int32?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.lon.localized())) var lon: Double?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.lat.localized())) var lat: Double?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.findingDate.localized(), valueName: "YYYY-MM-DD")) var date: String?
        @Option(help: ArgumentHelp(InspectionsHelpMessages.note.localized(), valueName: "text")) var note: String?
        @Option(help: ArgumentHelp(MarkersHelpMessages.format.localized())) var format: BoundaryOutputFormat = .text

        func validate() throws {
            if (x == nil) != (y == nil) { throw ValidationError(InspectionsHelpMessages.paired.localized(["a": "--x", "b": "--y"])) }
            if (lon == nil) != (lat == nil) { throw ValidationError(InspectionsHelpMessages.paired.localized(["a": "--lon", "b": "--lat"])) }
        }

        func run() async throws {
            let measured = x.flatMap { x in y.map { SurveyedPoint(x: x, y: $0, epsg: epsg ?? 0) } }
            let position = lon.flatMap { lon in lat.map { Position(lon: lon, lat: $0) } }
            let draft = FindingDraft(marker: marker, kind: finding, inspectionDate: date, measured: measured, position: position, note: note)
            let recorded = try await options.boundaries().recordFinding(round: round, draft, by: LocalUser.account)
            guard format == .text else { print(try BoundaryOutput.json(recorded)); return }
            let displaced = recorded.displacementM.map { d in
                InspectionsHelpMessages.displaced.localized(["d": String(format: "%.3f", d), "b": String(format: "%.2f", recorded.bearingDeg ?? 0)])
            } ?? ""
            print(InspectionsHelpMessages.recorded.localized(["marker": recorded.marker ?? "-", "kind": recorded.kind.rawValue, "displacement": displaced]))
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: InspectionsHelpMessages.historyAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Argument(help: ArgumentHelp(InspectionsHelpMessages.marker.localized(), valueName: "number")) var marker: String
        @Option(help: ArgumentHelp(MarkersHelpMessages.format.localized())) var format: BoundaryOutputFormat = .text

        func run() async throws {
            let history = try await options.boundaries(.readOnly).markerHistory(marker)
            guard format == .text else { print(try BoundaryOutput.json(history)); return }
            print(TextTable.render(header: InspectionsHelpMessages.historyHeader.columns, rows: history.map { f in
                [f.round, f.inspectionDate, f.kind.rawValue, f.displacementM.map { String(format: "%.3f", $0) } ?? "-",
                 f.bearingDeg.map { String(format: "%.2f", $0) } ?? "-", f.note ?? ""]
            }))
        }
    }

    struct Rounds: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: InspectionsHelpMessages.roundsAbstract.localized())

        @OptionGroup var options: BoundaryOptions
        @Option(help: ArgumentHelp(MarkersHelpMessages.line.localized(), valueName: "line")) var line: String?
        @Option(help: ArgumentHelp(MarkersHelpMessages.format.localized())) var format: BoundaryOutputFormat = .text

        func run() async throws {
            let rounds = try await options.boundaries(.readOnly).rounds(line: line)
            guard format == .text else { print(try BoundaryOutput.json(rounds)); return }
            print(TextTable.render(header: InspectionsHelpMessages.roundsHeader.columns, rows: rounds.map { r in
                [r.id, r.line, r.round.map(String.init) ?? "-", r.startedOn, r.finishedOn ?? "-", String(r.toleranceM), r.reportNumber ?? ""]
            }))
        }
    }
}
