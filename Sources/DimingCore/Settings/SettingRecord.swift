import GRDB

/// A row of `diming_settings`: one setting a deployment has changed from its default.
struct SettingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "diming_settings"

    var key: String
    var value: String

    enum Columns {
        static let key = Column(CodingKeys.key)
        static let value = Column(CodingKeys.value)
    }
}
