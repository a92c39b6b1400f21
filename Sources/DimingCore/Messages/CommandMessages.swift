/// What `diming`'s commands print: results, refusals of their arguments, and the command-line's
/// own errors (unknown command, the `Error:` prefix).
public enum CommandMessages {
    public static let error = Message("cli.error", zh: "错误：{detail}", en: "Error: {detail}")
    public static let unknownCommandSuggestion = Message("cli.unknownCommand.suggestion",
                                                         zh: "未知命令 \"{command}\"，是否想输入 \"{suggestion}\"？",
                                                         en: "unknown command \"{command}\"; did you mean \"{suggestion}\"?")
    public static let unknownCommand = Message("cli.unknownCommand", zh: "未知命令 \"{command}\"；命令有 {commands}（见 diming --help）",
                                               en: "unknown command \"{command}\"; the commands are {commands} (see diming --help)")

    // ArgumentParser's own refusals, by the English sentence they replace.
    public static let missingArgument = Message("cli.argument.missing", zh: "缺少参数 {name}", en: "Missing expected argument {name}")
    public static let invalidValue = Message("cli.argument.invalidValue", zh: "{name} 的值 {value} 无效", en: "The value {value} is invalid for {name}")
    public static let oneOf = Message("cli.argument.oneOf", zh: "；可选值：{values}", en: ". Please provide one of {values}.")
    public static let unknownOption = Message("cli.argument.unknownOption", zh: "未知选项 {name}", en: "Unknown option {name}")
    public static let didYouMeanOption = Message("cli.argument.didYouMean", zh: "，是否想输入 {name}？", en: ". Did you mean {name}?")
    public static let unexpectedArgument = Message("cli.argument.unexpected", zh: "多余的参数 {name}", en: "Unexpected argument {name}")
    public static let unexpectedArguments = Message("cli.argument.unexpectedMany", zh: "{count} 个多余的参数：{names}",
                                                    en: "{count} unexpected arguments: {names}")
    public static let missingValue = Message("cli.argument.missingValue", zh: "选项 {name} 缺少值", en: "Missing value for {name}")
    public static let helpLine = Message("cli.argument.help", zh: "帮助：", en: "Help:")
    public static let usageLine = Message("cli.argument.usage", zh: "用法：", en: "Usage:")
    public static let seeHelp = Message("cli.argument.seeHelp", zh: "  更多信息见 {command}。", en: "  See {command} for more information.")

    // init, demo
    public static let initialized = Message("cli.init.done", zh: "{path}：已应用 {count} 个升级，图层：{layers}",
                                            en: "{path}: {count} migrations applied, layers: {layers}")
    public static let noGazetteer = Message("cli.demo.noGazetteer", zh: "找不到 gazetteer/ 文件夹；请用 --data 指定",
                                            en: "cannot find the gazetteer/ folder; name it with --data")
    public static let demoLayer = Message("cli.demo.layer", zh: "{layer}：{count} 个要素", en: "{layer}: {count} features")
    public static let demoReady = Message("cli.demo.ready", zh: "演示数据库已就绪：{path}", en: "demo database ready: {path}")

    // import, export
    public static let imported = Message("cli.import.done", zh: "{layer}：导入 {count} 个要素", en: "{layer}: {count} features imported")
    public static let importedUpdated = Message("cli.import.updated", zh: "，更新 {count} 个", en: ", {count} updated")
    public static let importedReplaced = Message("cli.import.replaced", zh: "，替换 {count} 个", en: ", {count} replaced")
    public static let importProgress = Message("cli.import.progress", zh: "{count} 个要素…", en: "{count} features…")
    public static let ignoredProperties = Message("cli.import.ignored", zh: "已忽略的属性（没有同名列）：{names}",
                                                  en: "ignored properties (no such column): {names}")
    public static let replaceAndUpsert = Message("cli.import.replaceAndUpsert",
                                                 zh: "--replace 会清空图层，--upsert 便无可更新：请只给其中一个",
                                                 en: "--replace empties the layer; --upsert then has nothing to update: give one of them")
    public static let pairExpected = Message("cli.import.pairExpected", zh: "{option} 须为 列=值，收到的是 \"{item}\"",
                                             en: "{option} takes column=value, got \"{item}\"")
    public static let decimalsRange = Message("cli.export.decimals", zh: "--decimals 须为 0 到 9", en: "--decimals must be 0 to 9")

    // layers
    public static let layersHeader = Message("cli.layers.header", zh: "图层|要素数|几何类型|SRID|范围（经纬度）|名称",
                                             en: "layer|features|geometry|srid|extent (lon/lat)|title")
    public static let empty = Message("cli.layers.empty", zh: "（空）", en: "(empty)")

    // locate
    public static let locateBatchAndPoint = Message("cli.locate.batchAndPoint", zh: "请给 --batch 或 经度 纬度，不要同时给",
                                                    en: "give either --batch or LON LAT, not both")
    public static let locateNeedsPoint = Message("cli.locate.needsPoint", zh: "请给出 经度 纬度，或 --batch", en: "give LON and LAT, or --batch")
    public static let strictNeedsBatch = Message("cli.locate.strictNeedsBatch", zh: "--strict 须与 --batch 一起用", en: "--strict goes with --batch")
    public static let noDivision = Message("cli.locate.noDivision", zh: "没有区划包含 {lon}, {lat}", en: "no division contains {lon}, {lat}")
    public static let onBorderYes = Message("cli.locate.onBorderYes", zh: "位于边界上：是", en: "on border: yes")
    public static let onBorderNo = Message("cli.locate.onBorderNo", zh: "位于边界上：否", en: "on border: no")
    public static let acrossBorder = Message("cli.locate.acrossBorder", zh: "边界另一侧：{code}  {name}  {level}",
                                             en: "across the border: {code}  {name}  {level}")
    public static let gaussKruger = Message("cli.locate.gaussKruger", zh: "高斯-克吕格 EPSG:{epsg}：东坐标 {easting} 米，北坐标 {northing} 米",
                                            en: "Gauss-Krüger EPSG:{epsg}: easting {easting} m, northing {northing} m")
    public static let locateStats = Message(
        "cli.locate.stats",
        zh: "已在 {loadSeconds} 秒内载入 {count} 个区划；在 {runSeconds} 秒内定位 {points} 个点（每秒 {rate} 个）",
        en: "loaded {count} divisions in {loadSeconds} s; located {points} points in {runSeconds} s ({rate} points/s)")

    // config
    public static let defaultValue = Message("cli.config.default", zh: "（默认）", en: "(default)")
    public static let metricProjection = Message("cli.config.metricProjection", zh: "当前使用的米制投影：{projection}",
                                                 en: "metric projection in use: {projection}")

    // user
    public static let accountAdded = Message("cli.user.added", zh: "账号 {name}：{role}，{scope}", en: "account {name}: {role}, {scope}")
    public static let scopeDivision = Message("cli.user.scopeDivision", zh: "区划 {code}", en: "division {code}")
    public static let scopeAll = Message("cli.user.scopeAll", zh: "全部区划", en: "all divisions")
    public static let tokenIssued = Message("cli.user.tokenIssued", zh: "{name} 的令牌 {id}：请现在保存，之后无法再显示",
                                            en: "token {id} for {name}: keep it now, it cannot be shown again")
    public static let tokenOrAll = Message("cli.user.tokenOrAll", zh: "请给令牌编号或 --all 账号名，二者选一", en: "give either a token id or --all NAME")
    public static let tokensRevoked = Message("cli.user.tokensRevoked", zh: "已吊销 {name} 的 {count} 个令牌", en: "{count} token(s) of {name} revoked")
    public static let tokenRevoked = Message("cli.user.tokenRevoked", zh: "已吊销 {name} 的令牌 {id}", en: "token {id} of {name} revoked")
    public static let accountsHeader = Message("cli.user.accountsHeader", zh: "账号|角色|区划", en: "account|role|division")
    public static let allScope = Message("cli.user.allScope", zh: "（全部）", en: "(all)")
    public static let tokensHeader = Message("cli.user.tokensHeader", zh: "令牌|账号|创建时间|状态|备注", en: "token|account|created|state|label")
    public static let revoked = Message("cli.user.revoked", zh: "已吊销", en: "revoked")
    public static let active = Message("cli.user.active", zh: "有效", en: "active")

    // serve
    public static let portRange = Message("cli.serve.portRange", zh: "--port 须为 0…65535", en: "--port must be 0…65535")
    public static let mustBePositive = Message("cli.serve.positive", zh: "{option} 须为正数", en: "{option} must be positive")
    public static let timeoutRange = Message("cli.serve.timeoutRange", zh: "{option} 须在 0.001 到 {most} 秒之间，收到的是 {seconds}",
                                             en: "{option} must be from 0.001 to {most} seconds, got {seconds}")
    public static let maxConnections = Message("cli.serve.maxConnections", zh: "--max-connections 至少为 1", en: "--max-connections must be at least 1")
    public static let baseURL = Message("cli.serve.baseURL",
                                        zh: "--base-url 须为不带查询和片段的 http(s) 地址，例如 https://gis.example.cn/diming",
                                        en: "--base-url must be an http(s) URL without query or fragment, e.g. https://gis.example.cn/diming")
    public static let logLevel = Message("cli.serve.logLevel", zh: "未知的 --log-level {level}", en: "unknown --log-level {level}")

    static let all = [error, unknownCommandSuggestion, unknownCommand, missingArgument, invalidValue, oneOf, unknownOption,
                      didYouMeanOption, unexpectedArgument, unexpectedArguments, missingValue, helpLine, usageLine, seeHelp, initialized, noGazetteer, demoLayer, demoReady, imported,
                      importedUpdated, importedReplaced, importProgress, ignoredProperties, replaceAndUpsert, pairExpected, decimalsRange,
                      layersHeader, empty, locateBatchAndPoint, locateNeedsPoint, strictNeedsBatch, noDivision, onBorderYes, onBorderNo, acrossBorder, gaussKruger,
                      locateStats,
                      defaultValue, metricProjection, accountAdded, scopeDivision, scopeAll, tokenIssued, tokenOrAll, tokensRevoked,
                      tokenRevoked, accountsHeader, allScope, tokensHeader, revoked, active, portRange, mustBePositive, timeoutRange,
                      maxConnections, baseURL, logLevel]
}
