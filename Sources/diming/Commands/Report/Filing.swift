import ArgumentParser
import DimingCore
import DimingDisaster

extension FilingKind: ExpressibleByArgument {}

extension Diming.Report {
    /// `diming report filing add|list|approve`: the county's filings (初报/续报/核报), prepared
    /// and approved as `local:<user>` (who may not approve a filing they prepared).
    struct Filing: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: FilingsMessages.filingAbstract.localized(),
                                                        subcommands: [Add.self, List.self, Approve.self])

        /// `diming report filing add EVENT --kind … [--as-of …]`.
        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: FilingsMessages.addAbstract.localized())

            @OptionGroup var options: DisasterOptions
            @Argument(help: ArgumentHelp(ReviewHelpMessages.event.localized(), valueName: "event")) var event: Int64
            @Option(help: ArgumentHelp(FilingsMessages.kindHelp.localized())) var kind: FilingKind
            @Option(help: ArgumentHelp(FilingsMessages.asOfHelp.localized(), valueName: "time")) var asOf: String?
            @Option(help: ArgumentHelp(FilingsMessages.noteHelp.localized(), valueName: "text")) var note: String?
            @Option(help: ArgumentHelp(ReviewHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

            func run() async throws {
                let filing = try await options.disaster().prepareFiling(event: event, kind: kind, asOf: asOf, note: note, by: LocalUser.account)
                guard format == .text else { return Filing.print([filing], format: format) }
                Swift.print(FilingsMessages.prepared.localized(["id": String(filing.id), "kind": filing.kind.rawValue, "as_of": filing.asOf]))
            }
        }

        /// `diming report filing list EVENT`.
        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: FilingsMessages.listAbstract.localized())

            @OptionGroup var options: DisasterOptions
            @Argument(help: ArgumentHelp(ReviewHelpMessages.event.localized(), valueName: "event")) var event: Int64
            @Option(help: ArgumentHelp(ReviewHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

            func run() async throws {
                Filing.print(try await options.disaster(.readOnly).filings(event: event, scope: .everywhere), format: format)
            }
        }

        /// `diming report filing approve EVENT ID [--return --reason …]`.
        struct Approve: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: FilingsMessages.approveAbstract.localized())

            @OptionGroup var options: DisasterOptions
            @Argument(help: ArgumentHelp(ReviewHelpMessages.event.localized(), valueName: "event")) var event: Int64
            @Argument(help: ArgumentHelp(FilingsMessages.idHelp.localized(), valueName: "id")) var id: Int64
            @Flag(name: .customLong("return"), help: ArgumentHelp(FilingsMessages.returnHelp.localized())) var returnIt = false
            @Option(help: ArgumentHelp(FilingsMessages.reasonHelp.localized(), valueName: "text")) var reason: String?
            @Option(help: ArgumentHelp(ReviewHelpMessages.format.localized())) var format: DisasterOutputFormat = .text

            func run() async throws {
                let filing = try await options.disaster().decideFiling(id, event: event, decision: returnIt ? .returned : .approved,
                                                                       reason: reason, by: LocalUser.account)
                guard format == .text else { return Filing.print([filing], format: format) }
                Swift.print(FilingsMessages.decidedOutput.localized(["id": String(filing.id), "state": filing.state.rawValue]))
            }
        }

        static func print(_ filings: [DimingDisaster.Filing], format: DisasterOutputFormat) {
            switch format {
            case .json: Swift.print("[" + filings.map(\.json).joined(separator: ",") + "]")
            case .csv:
                Swift.print("id,event,kind,as_of,state,author,created_at,decided_by,decided_at,reason,summary_sha256")
                for f in filings {
                    Swift.print([String(f.id), String(f.event), f.kind.rawValue, f.asOf, f.state.rawValue, f.author, f.createdAt,
                                 f.decidedBy ?? "", f.decidedAt ?? "", f.reason ?? "", f.summarySHA256].map(CSVField.quoted).joined(separator: ","))
                }
            case .text:
                for f in filings {
                    Swift.print([String(f.id), f.kind.rawValue, f.asOf, f.state.rawValue, f.author, f.decidedBy ?? "-",
                                 String(f.summarySHA256.prefix(12))].joined(separator: "\t"))
                }
            }
        }
    }
}
