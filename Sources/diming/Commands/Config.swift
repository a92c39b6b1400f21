import ArgumentParser
import DimingCore

extension Diming {
    struct Config: ParsableCommand {
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

        func run() throws {
            let db = try database.open()
            guard let key else {
                for setting in Setting.allCases {
                    print("\(setting.rawValue) = \(try db.pool.read { try SettingsStore.value(setting, in: $0) } ?? "(default)")")
                }
                let zone = try db.pool.read { try SettingsStore.metricProjection(in: $0) }
                print("metric projection in use: \(zone)")
                return
            }
            guard let setting = Setting(rawValue: key) else { throw SettingError.unknownKey(key) }
            if value != nil || unset {
                _ = try db.write { try SettingChange.apply(setting, value: unset ? nil : value, by: LocalUser.account, in: $0) }
            }
            print("\(key) = \(try db.pool.read { try SettingsStore.value(setting, in: $0) } ?? "(default)")")
        }
    }
}
