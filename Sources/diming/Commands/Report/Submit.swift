import ArgumentParser
import DimingCore
import DimingDisaster
import Foundation

extension Diming.Report {
    /// `diming report submit FILE`: the reports of a file through the same path as `POST
    /// /reports` (same outcomes per report), as the local user (an admin of the file).
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ReportsHelpMessages.submitAbstract.localized(),
                                                        discussion: ReportsHelpMessages.submitDiscussion.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(ReportsHelpMessages.file.localized(), valueName: "file")) var file: String
        @Option(help: ArgumentHelp(ReportsHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let bytes: [UInt8]
            do {
                bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                throw ValidationError(ReportsHelpMessages.unreadable.localized(["file": file]))
            }
            let disaster = try options.disaster()
            let locators = LocatorCache(database: disaster.database)
            var refused = 0
            var rows: [[String]] = []
            for entry in try ReportBatch.entries(bytes) {
                var outcome: String, detail = ""
                do {
                    let submission = try await disaster.submit(try entry.draft.get(), by: LocalUser.account, locators: locators)
                    outcome = submission.outcome.rawValue
                    detail = submission.report.assignment.townshipCode ?? "-"
                } catch let error as ReportsError {
                    refused += 1
                    outcome = switch error { case .conflict: "conflict"; case .outOfDate: "out_of_date"; default: "refused" }
                    detail = [error.field, error.detail(in: Language.process)].compactMap { $0 }.joined(separator: ": ")
                }
                rows.append([entry.label, outcome, detail])
            }
            switch format {
            case .text, .csv:
                if format == .csv { print("id,outcome,detail") }
                for row in rows {
                    print(format == .csv ? row.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ",") : row.joined(separator: "\t"))
                }
            case .json:
                let objects = rows.map { ["id": $0[0], "outcome": $0[1], "detail": $0[2]] }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .withoutEscapingSlashes])
                print(String(decoding: data, as: UTF8.self))
            }
            if refused > 0 { throw ExitCode(1) }
        }
    }
}
