/// The texts of ``StoreError``: the database file as a whole.
public enum StoreMessages {
    public static let missingTitle = Message("store.missing.title", zh: "没有数据库", en: "No database")
    public static let missing = Message("store.missing", zh: "{path} 处没有数据库；请用 `diming init` 或 `diming demo` 新建，或用 --db / DIMING_DB 指定另一个",
                                        en: "no database at {path}; create one with `diming init` or `diming demo`, or name another with --db / DIMING_DB")
    public static let notSpatiaLiteTitle = Message("store.notSpatiaLite.title", zh: "不是 SpatiaLite 数据库", en: "Not a SpatiaLite database")
    public static let notSpatiaLite = Message("store.notSpatiaLite", zh: "无法使用 {path}：{reason}", en: "{path} cannot be used: {reason}")
    public static let migrationFailedTitle = Message("store.migrationFailed.title", zh: "数据库升级失败", en: "Migration failed")
    public static let migrationFailed = Message("store.migrationFailed", zh: "数据库升级失败：{reason}", en: "migration failed: {reason}")
    public static let sqlFailedTitle = Message("store.sqlFailed.title", zh: "空间 SQL 执行失败", en: "Spatial SQL failed")
    public static let notDimingTitle = Message("store.notDiming.title", zh: "不是 Diming 数据库", en: "Not a Diming database")
    public static let notDiming = Message(
        "store.notDiming",
        zh: "{path} 不是 Diming 数据库，而是{kind}；未做任何更改（`diming init --db {path}` 会在其原有表旁加入 Diming 的表）",
        en: "{path} is not a Diming database: it is {kind}; nothing was changed (`diming init --db {path}` adds Diming's tables beside its own)")
    public static let geoPackageTitle = Message("store.geoPackage.title", zh: "这是 GeoPackage 文件", en: "A GeoPackage")
    public static let geoPackage = Message(
        "store.geoPackage",
        zh: "{path} 是 GeoPackage，不是 Diming 数据库；未做任何更改（可用 `ogr2ogr -f SQLite -dsco SPATIALITE=YES new.sqlite {path}` 转换，或用 `ogr2ogr -f GeoJSON` 把其图层写成 GeoJSON 后 `diming import`）",
        en: "{path} is a GeoPackage, not a Diming database; nothing was changed (convert it with `ogr2ogr -f SQLite -dsco SPATIALITE=YES new.sqlite {path}`, or write its layers as GeoJSON with `ogr2ogr -f GeoJSON` and `diming import` them)")
    public static let namesTakenTitle = Message("store.namesTaken.title", zh: "Diming 的表已存在", en: "Tables of Diming already there")
    public static let namesTaken = Message("store.namesTaken", zh: "{path} 已有 {names}，这些是 Diming 要创建的；未做任何更改",
                                           en: "{path} already has {names}, which Diming would create; nothing was changed")
    public static let outdatedTitle = Message("store.outdated.title", zh: "数据库结构比本版本旧", en: "Schema older than this release")
    public static let outdated = Message(
        "store.outdated",
        zh: "{path} 缺少本版本的 {count} 个升级（{migrations}），而此命令只读；请运行 `diming init --db {path}` 升级",
        en: "{path} lacks {count} migration(s) of this release ({migrations}) and this command only reads; run `diming init --db {path}` to upgrade it")
    public static let busyTitle = Message("store.busy.title", zh: "数据库正被写入", en: "Database busy")
    public static let busy = Message(
        "store.busy",
        zh: "数据库正被另一个程序写入，等待 {seconds} 秒后仍未结束；请稍后再试，或先关闭正在写入它的程序（如 QGIS 的编辑会话）",
        en: "another program is writing to the database and did not finish within {seconds} s; try again later, or close the program writing to it (such as a QGIS editing session)")

    public static let diskFailedTitle = Message("store.disk_failed.title", zh: "数据未能写入磁盘", en: "Could not write to disk")
    public static let diskFailed = Message(
        "store.disk_failed",
        zh: "磁盘写入失败（磁盘错误或已满），这次提交未被确认；请稍后用同一编号重发（重发不会重复保存）",
        en: "the disk refused the write (an I/O error or a full disk), so this submission was not acknowledged; send it again later with the same id (a resend is never stored twice)")

    static let all = [missingTitle, missing, notSpatiaLiteTitle, notSpatiaLite, migrationFailedTitle, migrationFailed, sqlFailedTitle,
                      notDimingTitle, notDiming, geoPackageTitle, geoPackage, namesTakenTitle, namesTaken, outdatedTitle, outdated,
                      busyTitle, busy, diskFailedTitle, diskFailed]
}
