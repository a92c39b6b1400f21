import ArgumentParser
import DimingGazetteer

extension Diming {
    /// `diming place …`: the naming workflow. Only `check` on this branch; the store work's
    /// group (propose, approve, rename …) takes ``PlaceCheck`` into its subcommands at merge.
    struct Place: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CheckMessages.placeAbstract.localized(),
            subcommands: [PlaceCheck.self])
    }
}
