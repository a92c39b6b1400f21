import ArgumentParser
import DimingCore

extension Diming {
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.configAbstract.localized(),
            discussion: HelpMessages.configDiscussion.localized([
                "settings": Setting.allCases.map { "\($0.rawValue) — \($0.summary(in: .process))" }.joined(separator: HelpMessages.listSeparator.localized()),
            ]))

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp(HelpMessages.configKey.localized()))
        var key: String?

        @Argument(help: ArgumentHelp(HelpMessages.configValue.localized()))
        var value: String?

        @Flag(help: ArgumentHelp(HelpMessages.configUnset.localized()))
        var unset = false

        func run() async throws {
            let settings = Settings(try database.open(value != nil || unset ? .readWrite : .readOnly))
            guard let key else {
                for entry in try await settings.entries() { print("\(entry.setting.rawValue) = \(entry.value ?? CommandMessages.defaultValue.localized())") }
                print(CommandMessages.metricProjection.localized(["projection": "\(try await settings.metricProjection())"]))
                return
            }
            let setting = try Setting(key: key)
            if value != nil || unset {
                try await settings.change(setting, to: unset ? nil : value, by: LocalUser.account)
            }
            print("\(key) = \(try await settings.value(setting) ?? CommandMessages.defaultValue.localized())")
        }
    }
}
