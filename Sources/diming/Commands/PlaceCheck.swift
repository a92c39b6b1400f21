import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

/// `diming place check NAME --category road --in DIVISION`: the naming checks of a proposed
/// name, without writing anything. One line per finding; exit status 3 when one rejects.
struct PlaceCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: CheckMessages.checkAbstract.localized(),
        discussion: CheckMessages.checkDiscussion.localized())

    /// The exit status when a finding rejects the name (1 is a failure to check at all).
    static let rejected = ExitCode(3)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp(CheckMessages.checkName.localized()))
    var name: String

    @Option(help: ArgumentHelp(CheckMessages.checkCategory.localized(), valueName: "category"))
    var category: PlaceCategory

    @Option(name: .customLong("in"), help: ArgumentHelp(CheckMessages.checkIn.localized(), valueName: "division"))
    var division: String?

    @Option(help: ArgumentHelp(CheckMessages.checkProfile.localized(), valueName: "name|path"))
    var profile = "national"

    @Option(help: ArgumentHelp(CheckMessages.checkReading.localized(), valueName: "reading"))
    var reading: String?

    @Option(help: ArgumentHelp(CheckMessages.checkFormat.localized()))
    var format = Format.text

    func run() async throws {
        let rules = try JurisdictionProfile.resolve(profile)
        let gazetteer = Gazetteer(try database.open(.readOnly), profile: rules)
        let proposal = NameProposal(name: name, category: category, division: division, reading: reading)
        let report = CheckReport(proposal, profile: rules, findings: try await gazetteer.check(proposal))
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        case .text:
            if report.findings.isEmpty { print(CheckMessages.noFindings.localized(["name": report.name, "profile": report.profile])) }
            for finding in report.findings { print(Self.line(finding)) }
        }
        if report.rejects { throw Self.rejected }
    }

    /// `N-DUP  reject  the same name as 人民路 … → 人民路 (uid, 420581100)`, in the locale's language.
    static func line(_ finding: NamingFinding) -> String {
        let text = Language.process == .zh ? finding.zh : finding.en
        let conflict = finding.conflicting.map {
            CheckMessages.conflictSuffix.localized(["name": $0.name, "id": $0.id, "division": $0.division ?? "—"])
        } ?? ""
        return CheckMessages.findingLine.localized(["code": finding.code, "severity": CheckMessages.severity(finding.severity).localized(),
                                                    "text": text]) + conflict
    }
}
