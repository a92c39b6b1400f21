import ArgumentParser
import DimingCore
import DimingGazetteer
import Foundation

extension Diming.Place {
    struct Propose: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.proposeAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.name.localized())) var name: String
        @Option(help: ArgumentHelp(PlaceMessages.category.localized(),
                                   valueName: "category"))
        var category: PlaceCategory
        @Option(help: ArgumentHelp(PlaceMessages.lon.localized())) var lon: Double?
        @Option(help: ArgumentHelp(PlaceMessages.lat.localized())) var lat: Double?
        @Option(help: ArgumentHelp(PlaceMessages.geometry.localized(), valueName: "geojson|wkt")) var geometry: String?
        @Option(name: .customLong("in"), help: ArgumentHelp(PlaceMessages.division.localized(), valueName: "code")) var division: String?
        @Flag(help: ArgumentHelp(PlaceMessages.planned.localized())) var planned = false
        @Option(help: ArgumentHelp(PlaceMessages.meaning.localized(), valueName: "text")) var meaning: String?
        @Option(help: ArgumentHelp(PlaceMessages.reading.localized(), valueName: "pinyin")) var reading: String?

        func validate() throws {
            guard (geometry == nil) != (lon == nil && lat == nil), (lon == nil) == (lat == nil) else {
                throw ValidationError(PlaceMessages.pointOrGeometry.localized())
            }
        }

        func run() async throws {
            let shape: Geometry
            if let geometry {
                shape = try PlaceDraft.geometry(parsing: geometry)
            } else {
                do { shape = .point(try Position(checkedLon: lon!, lat: lat!)) } catch { throw GazetteerError.invalidGeometry(.problem(error)) }
            }
            let draft = PlaceDraft(name: name, category: category, geometry: shape, division: division, meaning: meaning,
                                   reading: reading, planned: planned)
            let proposal = try await options.gazetteer().propose(draft, by: LocalUser.account)
            PlaceOutput.findings(proposal.findings)
            print(PlaceOutput.table([proposal.place.place]))
        }
    }

    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.reviewAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.reason.localized(), valueName: "text")) var reason: String?

        func run() async throws {
            print(PlaceOutput.table([try await options.gazetteer().startReview(id, reason: reason, by: LocalUser.account).place]))
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.approveAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @OptionGroup var approval: ApprovalOptions

        func run() async throws {
            print(PlaceOutput.table([try await options.gazetteer().approve(id, approval.approval, by: LocalUser.account).place]))
        }
    }

    struct Announce: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.announceAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.date.localized(), valueName: "YYYY-MM-DD")) var date: String
        @Option(help: ArgumentHelp(PlaceMessages.authority.localized(), valueName: "text")) var authority: String?

        func run() async throws {
            let gazetteer = try options.gazetteer()
            let detail = try await gazetteer.announce(id, on: date, authority: authority, by: LocalUser.account)
            print(PlaceOutput.table([detail.place]))
            print(try PlaceOutput.json(try await gazetteer.announcement(id)))
        }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.rejectAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.reason.localized(), valueName: "text")) var reason: String

        func run() async throws {
            print(PlaceOutput.table([try await options.gazetteer().reject(id, reason: reason, by: LocalUser.account).place]))
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.renameAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Argument(help: ArgumentHelp(PlaceMessages.newName.localized())) var newName: String
        @OptionGroup var approval: ApprovalOptions
        @Option(help: ArgumentHelp(PlaceMessages.reason.localized(), valueName: "text")) var reason: String?
        @Option(help: ArgumentHelp(PlaceMessages.reading.localized(), valueName: "pinyin")) var reading: String?

        func run() async throws {
            let detail = try await options.gazetteer().rename(id, to: newName, approval.approval, reason: reason, reading: reading,
                                                              by: LocalUser.account)
            print(PlaceOutput.detail(detail))
        }
    }

    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.retireAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.date.localized(), valueName: "YYYY-MM-DD")) var date: String
        @Option(help: ArgumentHelp(PlaceMessages.reason.localized(), valueName: "text")) var reason: String
        @Option(help: ArgumentHelp(PlaceMessages.document.localized(), valueName: "number")) var document: String?

        func run() async throws {
            let detail = try await options.gazetteer().retire(id, on: date, reason: reason, document: document, by: LocalUser.account)
            print(PlaceOutput.table([detail.place]))
        }
    }

    struct Deprecate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.deprecateAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.reason.localized(), valueName: "text")) var reason: String

        func run() async throws {
            print(PlaceOutput.table([try await options.gazetteer().markErroneous(id, reason: reason, by: LocalUser.account).place]))
        }
    }

    struct Split: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.splitAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.into.localized(), valueName: "file.geojson")) var into: String
        @OptionGroup var approval: ApprovalOptions

        func run() async throws {
            let drafts = try PlaceDraft.drafts(from: try FeatureSource(path: into))
            let created = try await options.gazetteer().split(id, into: drafts, approval.approval, by: LocalUser.account)
            print(PlaceOutput.table(created.map(\.place)))
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: PlaceMessages.mergeAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(PlaceMessages.ids.localized())) var ids: [String]
        @Option(help: ArgumentHelp(PlaceMessages.into.localized(), valueName: "file.geojson")) var into: String
        @OptionGroup var approval: ApprovalOptions

        func run() async throws {
            let drafts = try PlaceDraft.drafts(from: try FeatureSource(path: into))
            guard drafts.count == 1, ids.count >= 2 else { throw ValidationError(PlaceMessages.mergeTwo.localized()) }
            let merged = try await options.gazetteer().merge(ids, into: drafts[0], approval.approval, by: LocalUser.account)
            print(PlaceOutput.table([merged.place]))
        }
    }
}
