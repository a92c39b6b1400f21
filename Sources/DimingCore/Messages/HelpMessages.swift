/// `diming --help` and every command's: abstracts, discussions and the help of arguments and
/// options. ArgumentParser reads them once, in the language of the process's locale.
public enum HelpMessages {
    public static let diming = Message(
        "help.diming",
        zh: "地名 Diming：县民政局的地名、行政区划边界和灾情报告，基于 SpatiaLite。",
        en: "地名 Diming: the gazetteer, boundaries and disaster reports of a county civil-affairs bureau, on SpatiaLite.")
    public static let dimingDiscussion = Message(
        "help.diming.discussion",
        zh: "每个命令都作用于一个 SpatiaLite 文件（--db、$DIMING_DB 或 ./diming.sqlite）。几何以 CGCS2000 经纬度（EPSG:4490）存储；米制量算用 CGCS2000 3 度带高斯-克吕格投影（宜都为 EPSG:4546）。",
        en: """
            Every command works on one SpatiaLite file (--db, $DIMING_DB, or ./diming.sqlite). \
            Geometries are stored as CGCS2000 lon/lat (EPSG:4490); metres are computed in a \
            CGCS2000 3-degree Gauss-Kruger projection (EPSG:4546 for Yidu).
            """)
    public static let db = Message("help.option.db", zh: "SpatiaLite 数据库文件。", en: "The SpatiaLite database file.")
    public static let dbDiscussion = Message("help.option.db.discussion", zh: "默认为 $DIMING_DB，否则为 ./{path}。",
                                             en: "Defaults to $DIMING_DB, else ./{path}.")

    // ArgumentParser's own words in a help page, by the line they start.
    public static let sectionOverview = Message("help.section.overview", zh: "概述：", en: "OVERVIEW:")
    public static let sectionUsage = Message("help.section.usage", zh: "用法：", en: "USAGE:")
    public static let sectionArguments = Message("help.section.arguments", zh: "参数：", en: "ARGUMENTS:")
    public static let sectionOptions = Message("help.section.options", zh: "选项：", en: "OPTIONS:")
    public static let sectionSubcommands = Message("help.section.subcommands", zh: "子命令：", en: "SUBCOMMANDS:")
    public static let showVersion = Message("help.showVersion", zh: "显示版本。", en: "Show the version.")
    public static let showHelp = Message("help.showHelp", zh: "显示帮助。", en: "Show help information.")
    /// Between the items of a list in a sentence (roles, settings).
    public static let listSeparator = Message("help.listSeparator", zh: "；", en: "; ")
    public static let defaultValue = Message("help.default", zh: "（默认：{value}）", en: " (default: {value})")
    public static let values = Message("help.values", zh: "（取值：{values}）", en: " (values: {values})")
    public static let seeSubcommandHelp = Message("help.seeSubcommandHelp", zh: "  查看子命令的帮助：'{command} help <子命令>'。",
                                                  en: "  See '{command} help <subcommand>' for detailed help.")

    static let all = [diming, dimingDiscussion, db, dbDiscussion, initAbstract, initDiscussion, demoAbstract, demoDiscussion, demoData,
                      demoDataDiscussion, importAbstract, importDiscussion, importLayer, importFile, importFormat, importEncoding, importFrom, importSource, importLicence, importMap, importSet,
                      importReplace, importUpsert, importNoValidityCheck, exportAbstract, exportDiscussion, exportLayer, exportOut,
                      exportFormat, exportExcel, exportBbox, exportDecimals, layersAbstract, locateAbstract, locateDiscussion, locateLon, locateLat,
                      locateBatch, locateStats, locateStrict, configAbstract, configDiscussion, configKey, configValue, configUnset,
                      metricSRID, readAccess, homeDivision, serveAbstract, serveDiscussion, serveHost, servePort, serveRead, serveReadDiscussion,
                      serveMaxBody, serveMaxUpload, serveRequestTimeout, serveHeaderTimeout, serveIdleTimeout, serveMaxConnections,
                      serveBaseURL, serveLogLevel, userAbstract, userDiscussion, userAddAbstract, userAddDiscussion, userName, userRole,
                      userDivision, userTokenAbstract, userAccount, userLabel, userRevokeAbstract, userTokenID, userAll, userListAbstract,
                      sectionOverview, sectionUsage, sectionArguments, sectionOptions, sectionSubcommands, showVersion, showHelp, defaultValue, listSeparator,
                      values,
                      seeSubcommandHelp]
}

extension Setting {
    /// What the setting is for, in `language`.
    public func summary(in language: Language) -> String {
        switch self {
        case .metricSRID: HelpMessages.metricSRID.text(language)
        case .readAccess: HelpMessages.readAccess.text(language)
        case .homeDivision: HelpMessages.homeDivision.text(language)
        }
    }
}
