/// The help of the commands that work on the data: init, demo, import, export, layers,
/// locate, config (and the settings' summaries).
extension HelpMessages {
    // init
    public static let initAbstract = Message("help.init", zh: "新建一个空数据库，或把已有数据库的结构升级到最新。",
                                             en: "Create an empty database, or bring an existing one's schema up to date.")
    public static let initDiscussion = Message(
        "help.init.discussion",
        zh: "为每个图层建立其登记的几何列、SRID 4490 和空间索引。对已有文件再次运行只会应用新的升级。其他工具（如 ogr2ogr）生成的 SpatiaLite 文件会在一个事务中在其原有表旁加入 Diming 的表，除非其中已有同名的表（此时不做任何更改）；GeoPackage 会被拒绝。",
        en: "Creates every layer with its registered geometry column, SRID 4490 and spatial index. Running it again on an existing file only applies new migrations. A SpatiaLite file from another tool (e.g. ogr2ogr) gets Diming's tables beside its own in one transaction, unless one of their names is taken there (then nothing changes); a GeoPackage is refused.")

    // demo
    public static let demoAbstract = Message("help.demo", zh: "用 gazetteer/ 建立演示数据库（可重复运行）。",
                                             en: "Build the demo database from gazetteer/ (idempotent).")
    public static let demoDiscussion = Message(
        "help.demo.discussion",
        zh: "载入宜昌真实的县级边界，以及宜都合成的乡镇、道路、门牌、避难场所和地名。演示图层在一个事务中整体替换，再次运行得到同样的数据库。",
        en: "Loads the real Yichang county boundaries and the synthetic Yidu townships, roads, house numbers, shelters and places. The demo layers are replaced in one transaction, so running it again gives the same database.")
    public static let demoData = Message("help.demo.data", zh: "存放演示文件的 gazetteer/ 文件夹。", en: "The gazetteer/ folder holding the demo files.")
    public static let demoDataDiscussion = Message("help.demo.data.discussion",
                                                   zh: "默认为 $DIMING_DATA、./gazetteer，或 diming 构建目录旁的那个。",
                                                   en: "Defaults to $DIMING_DATA, ./gazetteer, or the one beside the diming build.")

    // import
    public static let importAbstract = Message("help.import", zh: "把 GeoJSON、GeoJSON 文本序列、CSV、GeoPackage、Shapefile 或 KML 中的要素导入图层。",
                                               en: "Import features from GeoJSON, a GeoJSON text sequence, CSV, GeoPackage, Shapefile or KML into a layer.")
    public static let importDiscussion = Message(
        "help.import.discussion",
        zh: """
            属性按名称对应到图层的列；要素的 `id`（CSV 的 `id` 列）是 UUID 时会被保留。每个要素都要经过检查——JSON 语法、\
            类型、闭合的环、坐标范围和经纬度顺序、GEOS 有效性、图层的规则和引用——第一个不合格的要素会使整个文件被拒绝：\
            什么也不写入。CSV 的几何取自 `wkt` 列的 WKT，点也可取自 `lon` 和 `lat` 两列。GeoPackage、Shapefile 和 KML \
            由 GDAL 读取：字段像属性一样按名称对应（Shapefile 的字段名最多 10 个字符：各图层的列名都更短；其他的请用 --map），\
            投影坐标的图层会转换为经纬度，含多个图层的 GeoPackage 取与目标图层同名的那个。文本为 UTF-8（可带 BOM）或 \
            GB18030/GBK/GB2312（中文 Excel 的保存格式），自动识别或用 --encoding 指定。每次导入都以 local:<user> 记入审计日志。

            行政区划（divisions）：未给出时，级别和上级由代码推出，推出的上级不必存在；给出的上级必须包含该代码，\
            并且在数据库中或在同一文件中。门牌（addresses）：给出 road_id，或给出恰好对应一条道路的 road \
            （同名道路有多条时取同一区划内的那条）。

            图层及其列（* 为必填）：
            """,
        en: """
            Properties are matched to the layer's columns by name; a feature's `id` (a CSV \
            column `id`) is kept when it is a UUID. Every feature is checked — JSON syntax, \
            types, closed rings, coordinate ranges and lon/lat order, GEOS validity, the layer's \
            rules and references — and the first bad feature rejects the whole file: nothing is \
            written. CSV takes the geometry as WKT in a `wkt` column, or `lon` and `lat` columns \
            for points. GeoPackage, Shapefile and KML are read by GDAL: fields are matched \
            by name like properties (a Shapefile's names are cut to 10 characters: the layers' \
            columns are all shorter; use --map for others), a projected layer is transformed to \
            lon/lat, and a GeoPackage holding several layers gives the one named like the target \
            layer. Text is UTF-8 (with or without a BOM) or GB18030/GBK/GB2312 as Chinese Excel \
            saves it, detected or chosen with --encoding. Each import is recorded in the audit log \
            as local:<user>.

            Divisions (行政区划): level and parent follow from the code when absent, and an \
            inferred parent need not exist; a given parent must contain the code and be in the \
            database or anywhere in the same file. House numbers (门牌): give road_id, or road \
            naming exactly one road (in the same division when several share the name).

            The layers and their columns (* required):
            """)
    public static let importLayer = Message("help.import.layer", zh: "导入到哪个图层：{layers}。", en: "The layer to import into: {layers}.")
    public static let importFile = Message("help.import.file", zh: "要读取的文件；- 表示标准输入（此时序列或 CSV 须给 --format）。",
                                           en: "The file to read; - for standard input (give --format for a sequence or CSV there).")
    public static let importFormat = Message(
        "help.import.format",
        zh: "geojson、geojsonseq、csv、gpkg、shp 或 kml（默认按文件扩展名；未知扩展名会被拒绝；标准输入会自动识别）。",
        en: "geojson, geojsonseq, csv, gpkg, shp or kml (default: from the file's extension; unknown ones are refused; standard input is sniffed).")
    public static let importEncoding = Message(
        "help.import.encoding",
        zh: "文本的编码：auto（字节是 UTF-8 时按 UTF-8，否则按 GB18030）、utf-8 或 gb18030（也可写 GBK、GB2312：中文 Excel 保存的格式）。",
        en: "The text's encoding: auto (UTF-8 when the bytes are UTF-8, else GB18030), utf-8 or gb18030 (also GBK, GB2312: what Chinese Excel saves).")
    public static let importFrom = Message(
        "help.import.from",
        zh: "文件坐标所用的坐标系：gcj02（高德、腾讯）或 bd09（百度）会在检查前转换为 CGCS2000；wgs84 和 cgcs2000 按原样保存（默认）。",
        en: "The frame of the file's coordinates: gcj02 (AMap 高德, Tencent) or bd09 (Baidu 百度) are converted to CGCS2000 before any check; wgs84 and cgcs2000 are stored as they are (the default).")
    public static let importSource = Message(
        "help.import.source",
        zh: "数据来源，随图层记录并显示在其元数据中（--replace 而不给 --source 或 --licence 时删除旧记录）。",
        en: "Where the data come from, recorded with the layer and shown in its metadata (--replace without --source or --licence drops the old record).")
    public static let importLicence = Message("help.import.licence", zh: "数据的许可，随图层记录并显示在其元数据中。",
                                              en: "The data's licence, recorded with the layer and shown in its metadata.")
    public static let importMap = Message("help.import.map", zh: "某列取自名称不同的属性，例如 code=adcode。",
                                          en: "Take a column from a differently named property, e.g. code=adcode.")
    public static let importSet = Message("help.import.set", zh: "要素留空的列所取的值，例如 level=county。",
                                          en: "A value for a column that features leave empty, e.g. level=county.")
    public static let importReplace = Message("help.import.replace", zh: "先清空图层（在同一事务中）。", en: "Empty the layer first (in the same transaction).")
    public static let importUpsert = Message(
        "help.import.upsert",
        zh: "编号已存在的要素（区划的代码、其他要素的 UUID）被替换，而不是被拒绝。",
        en: "Replace features whose id already exists (a division's code, another feature's UUID) instead of refusing them.")
    public static let importNoValidityCheck = Message("help.import.noValidityCheck", zh: "跳过 GEOS 有效性检查（自相交、错误的洞）。",
                                                      en: "Skip the GEOS validity check (self-intersections, bad holes).")

    // export
    public static let exportAbstract = Message(
        "help.export",
        zh: "把图层导出为 RFC 7946 GeoJSON、GeoJSON 文本序列（RFC 8142）、带 WKT 的 CSV、GeoPackage、Shapefile 或 KML。",
        en: "Export a layer as RFC 7946 GeoJSON, a GeoJSON text sequence (RFC 8142), CSV with WKT, GeoPackage, Shapefile or KML.")
    public static let exportDiscussion = Message(
        "help.export.discussion",
        zh: """
            输出逐个要素流式写出。坐标为经纬度，保留 7 位小数，多边形按右手规则绕向（外环逆时针），没有 crs 成员。
            格式取 --format，否则取 --out 的扩展名：.geojson 或 .json，.geojsonl、.geojsons、.jsonl 或 .ndjson（序列），\
            .csv、.gpkg、.shp、.kml。GeoPackage、Shapefile 和 KML 由 GDAL 写入 --out（已有的文件会被替换）：一个 `id` 字段\
            和图层的各列，UTF-8 文本（Shapefile 附带写明 UTF-8 的 .cpg），EPSG:4490（KML 按其规定为 EPSG:4326）。\
            其他扩展名（.gml、.kmz，不带 --format 的 .txt）或与之矛盾的 --format 会被拒绝，什么也不写。
            """,
        en: """
            Output is streamed feature by feature. Coordinates are lon/lat rounded to 7 decimals, \
            polygons wound by the right-hand rule (exteriors counter-clockwise), no crs member.
            The format is --format, else the --out extension: .geojson or .json, .geojsonl, \
            .geojsons, .jsonl or .ndjson (a sequence), .csv, .gpkg, .shp, .kml. GeoPackage, \
            Shapefile and KML are written by GDAL into --out (an existing file is replaced): an \
            `id` field and the layer's columns, UTF-8 text (a Shapefile gets a .cpg saying \
            UTF-8), EPSG:4490 (KML: EPSG:4326, as KML requires). Any other extension (.gml, \
            .kmz, .txt without --format), or --format contradicting it, is refused and nothing \
            is written.
            """)
    public static let exportLayer = Message("help.export.layer", zh: "要导出的图层。", en: "The layer to export.")
    public static let exportOut = Message("help.export.out", zh: "要写入的文件（默认：标准输出）。", en: "The file to write (default: standard output).")
    public static let exportFormat = Message("help.export.format", zh: "geojson、geojsonseq、csv、gpkg、shp 或 kml（默认按 --out 的扩展名，否则为 geojson；gpkg、shp 和 kml 须给 --out）。",
                                             en: "geojson, geojsonseq, csv, gpkg, shp or kml (default: from the --out extension, else geojson; gpkg, shp and kml need --out).")
    public static let exportExcel = Message("help.export.excel", zh: "供 Excel 打开的 CSV：以 UTF-8 字节顺序标记开头，使 Excel 正确显示中文。",
                                            en: "CSV for Excel: start with a UTF-8 byte order mark, so that Excel shows Chinese right.")
    public static let exportBbox = Message(
        "help.export.bbox",
        zh: "只导出与 minLon,minLat,maxLon,maxLat 相交的要素（minLon > maxLon 表示跨越 180° 经线）。",
        en: "Only features intersecting minLon,minLat,maxLon,maxLat (minLon > maxLon crosses the antimeridian).")
    public static let exportDecimals = Message("help.export.decimals", zh: "坐标的小数位数（0-9）。", en: "Decimal places of coordinates (0-9).")

    // layers
    public static let layersAbstract = Message("help.layers", zh: "列出每个图层及其要素数、几何类型、SRID 和范围。",
                                               en: "List each layer with its feature count, geometry type, SRID and extent.")

    // locate
    public static let locateAbstract = Message("help.locate", zh: "查找包含某点的行政区划：最小的在前，然后是它的各级上级。",
                                               en: "Find the divisions containing a point: the smallest first, then its parents.")
    public static let locateDiscussion = Message(
        "help.locate.discussion",
        zh: """
            `diming locate 111.45 30.39` 打印 乡级 → 县级 → 地级 的区划链、该点是否位于边界上（1 厘米以内）及边界另一侧的区划，\
            以及该点的高斯-克吕格坐标（米）。落在共有边界上的点在每一级都按固定规则只归入一侧（归东侧；东西走向的边界归北侧）；\
            数据外缘上的点算在内。
            `diming locate --batch < points.csv` 读取 CSV 的 id,lon,lat（跳过表头行），写出 id,code,name,on_border,neighbour：\
            最小的区划（没有区划包含该点时 code 为空）、true 或 false、以 ";" 连接的边界另一侧的代码。\
            不合格的行被略过并在标准错误上指出（`第 7 行：lat "abc" 不是数字`）；\
            每个合格的行仍会得到答复，最后退出码非零（`5000 行中有 2 行被拒绝`）。加 --strict 时第一个不合格的行\
            就停止运行：它之前的行已写出，之后的不再写。
            """,
        en: """
            `diming locate 111.45 30.39` prints the chain township → county → city, whether the \
            point lies on a border (within 1 cm) and the divisions across it, and the point in \
            Gauss-Krüger metres. A point on a shared border belongs to one side at every level, by a \
            fixed rule (the side east of it, north of an east-west border); a point on the outer edge \
            of the data is inside.
            `diming locate --batch < points.csv` reads CSV id,lon,lat (a header line is skipped) \
            and writes id,code,name,on_border,neighbour: the smallest division, with an empty code \
            when no division contains the point, true or false, and the codes across the border \
            joined by ";". A bad row is left out and named on standard error (`line 7: lat "abc" \
            is not a number`); every good row is still answered, and the exit code is non-zero at \
            the end (`2 of 5000 rows refused`). With --strict the first bad row stops the run: the \
            rows before it have been written, nothing after it.
            """)
    public static let locateLon = Message("help.locate.lon", zh: "经度（东经，度）。", en: "Longitude in degrees east.")
    public static let locateLat = Message("help.locate.lat", zh: "纬度（北纬，度）。", en: "Latitude in degrees north.")
    public static let locateBatch = Message("help.locate.batch", zh: "从标准输入读取 CSV id,lon,lat，向标准输出写出 id,code,name,on_border,neighbour。",
                                            en: "Read CSV id,lon,lat from standard input, write id,code,name,on_border,neighbour to standard output.")
    public static let locateStats = Message("help.locate.stats", zh: "与 --batch 同用：在标准错误上打印载入时间和每秒定位点数。",
                                            en: "With --batch: print load time and points per second to standard error.")
    public static let locateStrict = Message("help.locate.strict", zh: "与 --batch 同用：在第一个不合格的行停止；它之前的行已写出，之后的不再写。",
                                             en: "With --batch: stop at the first bad row; the rows before it have been written, nothing after it.")

    // config
    public static let configAbstract = Message("help.config", zh: "查看或修改数据库的设置（例如 metric_srid）。",
                                               en: "Show or change the database's settings (e.g. metric_srid).")
    public static let configDiscussion = Message("help.config.discussion", zh: "设置：{settings}。每次修改都以 local:<user> 记入审计日志。",
                                                 en: "Settings: {settings}. Each change is recorded in the audit log as local:<user>.")
    public static let configKey = Message("help.config.key", zh: "要查看或修改的设置；不给时列出全部设置。",
                                          en: "The setting to show or change; all settings when absent.")
    public static let configValue = Message("help.config.value", zh: "新的值；`--unset` 则删除它。", en: "The new value; `--unset` removes it.")
    public static let configUnset = Message("help.config.unset", zh: "删除该设置（恢复默认）。", en: "Remove the setting (back to its default).")
    public static let metricSRID = Message(
        "setting.metric_srid",
        zh: "米制量算所用 CGCS2000 3 度带高斯-克吕格投影的 EPSG 代码（4534…4554），例如 4546",
        en: "EPSG code of the CGCS2000 3-degree Gauss-Kruger projection used for metres (4534…4554), e.g. 4546")
    public static let readAccess = Message(
        "setting.read_access",
        zh: "读取 OGC API：open（任何人，默认）或 token（任一角色的 API 令牌）",
        en: "reading the OGC API: open (anyone, the default) or token (an API token of any role)")
    public static let homeDivision = Message(
        "setting.home_division",
        zh: "网页地图打开时显示的区划代码，例如 420581（默认：唯一的县级区划，否则全部区划）",
        en: "division code the web map opens on, e.g. 420581 (default: the only county, else all divisions)")
}
