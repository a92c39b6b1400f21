import ArgumentParser
import DimingCore

extension Diming {
    struct Config: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change the database's settings (e.g. metric_srid).",
            discussion: "Settings: " + Setting.allCases.map { "\($0.rawValue) — \($0.summary)" }.joined(separator: "; ")
                + ". Each change is recorded in the audit log as local:<user>.")

        @OptionGroup var database: DatabaseOptions

        @Argument(help: "The setting to show or change; all settings when absent.")
        var key: String?

        @Argument(help: "The new value; `--unset` removes it.")
        var value: String?

        @Flag(help: "Remove the setting (back to its default).")
        var unset = false

        func run() async throws {
            let settings = Settings(try database.open(value != nil || unset ? .readWrite : .readOnly))
            guard let key else {
                for entry in try await settings.entries() { print("\(entry.setting.rawValue) = \(entry.value ?? "(default)")") }
                print("metric projection in use: \(try await settings.metricProjection())")
                return
            }
            let setting = try Setting(key: key)
            if value != nil || unset {
                try await settings.change(setting, to: unset ? nil : value, by: LocalUser.account)
            }
            print("\(key) = \(try await settings.value(setting) ?? "(default)")")
        }
    }
}
