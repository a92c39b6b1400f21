import ArgumentParser
import DimingCore
import DimingDisaster
import Foundation

extension ReviewState: ExpressibleByArgument {}

extension Diming.Report {
    /// `diming report review ID --state … --note …`: one review of a report's current version,
    /// audited as `local:<user>` (who may not have submitted it).
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: ReviewHelpMessages.reviewAbstract.localized())

        @OptionGroup var options: DisasterOptions
        @Argument(help: ArgumentHelp(ReviewHelpMessages.reportID.localized(), valueName: "id")) var id: String
        @Option(help: ArgumentHelp(ReviewHelpMessages.state.localized())) var state: ReviewState
        @Option(help: ArgumentHelp(ReviewHelpMessages.note.localized(), valueName: "text")) var note: String?
        @Option(help: ArgumentHelp(ReviewHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

        func run() async throws {
            let review = try await options.disaster().review(id, to: state, note: note, by: LocalUser.account)
            switch format {
            case .text: print(ReviewHelpMessages.reviewed.localized(["id": review.report, "state": review.state.rawValue]))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(review), as: UTF8.self))
            case .csv:
                print("id,report,state,at,account,note")
                print([String(review.id), review.report, review.state.rawValue, review.at, review.account ?? "", review.note ?? ""]
                    .map(CSVField.quoted).joined(separator: ","))
            }
        }
    }
}
