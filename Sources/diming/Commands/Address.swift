import ArgumentParser
import DimingCore
import DimingGazetteer

extension Diming {
    /// `diming address …`: 门牌 that outlive their buildings (LC-04).
    struct Address: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: AddressMessages.abstract.localized(),
            discussion: AddressMessages.discussion.localized(),
            subcommands: [Retire.self, Reuse.self])
    }
}

extension Diming.Address {
    struct Retire: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: AddressMessages.retireAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(AddressMessages.id.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.date.localized(), valueName: "YYYY-MM-DD")) var date: String
        @Option(help: ArgumentHelp(AddressMessages.reason.localized(), valueName: "text")) var reason: String
        @Option(help: ArgumentHelp(AddressMessages.siteText.localized(), valueName: "text")) var siteText: String?

        func run() async throws {
            let gazetteer = try options.gazetteer()
            try await gazetteer.retireAddress(id, on: date, reason: reason, siteText: siteText, by: LocalUser.account)
            let address = try await gazetteer.address(id)
            print(AddressMessages.retired.localized(["id": id, "label": address.label, "site": address.siteText ?? ""]))
        }
    }

    struct Reuse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: AddressMessages.reuseAbstract.localized())

        @OptionGroup var options: GazetteerOptions
        @Argument(help: ArgumentHelp(AddressMessages.historicalID.localized())) var id: String
        @Option(help: ArgumentHelp(PlaceMessages.lon.localized())) var lon: Double
        @Option(help: ArgumentHelp(PlaceMessages.lat.localized())) var lat: Double
        @Option(help: ArgumentHelp(AddressMessages.reason.localized(), valueName: "text")) var reason: String

        func run() async throws {
            let gazetteer = try options.gazetteer()
            let uid = try await gazetteer.reuseAddressNumber(of: id, at: Position(lon: lon, lat: lat), reason: reason, by: LocalUser.account)
            let address = try await gazetteer.address(uid)
            print(AddressMessages.reused.localized(["id": uid, "label": address.label, "old": id]))
        }
    }
}
