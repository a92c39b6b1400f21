import DimingCore

/// The help and output texts of `diming place …`, in Chinese and English.
public enum PlaceMessages {
    public static let abstract = Message("help.place", zh: "地名库：申报、审核、批准、公告、更名、销名、拆分、合并、查询和导出地名。",
                                  en: "The gazetteer: propose, review, approve, announce, rename, retire, split, merge, show and export places.")
    public static let discussion = Message(
        "help.place.discussion",
        zh: "每一步都检查地名当前状态是否允许（申报中 → 审核中 → 已批准 → 已公告 → 已销名，另有未批准、错误记录和规划预留），并记录事件和审计日志；本机用户以 local:<用户名> 记录。",
        en: "Each step checks that the place's status allows it (proposed → under review → approved → announced → historical, plus rejected, erroneous and reserved) and records the event and an audit entry; the local user is recorded as local:<user>.")
    public static let proposeAbstract = Message("help.place.propose", zh: "申报新地名（先运行命名规则检查）；--planned 为地名方案规划预留名称。",
                                         en: "Propose a new place (the naming checks run first); --planned reserves a name of the naming plan.")
    public static let reviewAbstract = Message("help.place.review", zh: "送审：申报中 → 审核中。", en: "Send to review: proposed → under review.")
    public static let approveAbstract = Message("help.place.approve", zh: "批准：成为标准地名（需批准文号和日期）。",
                                         en: "Approve: the name becomes the standard name (a document number and date are required).")
    public static let announceAbstract = Message("help.place.announce", zh: "公告已批准的地名。", en: "Announce an approved name.")
    public static let rejectAbstract = Message("help.place.reject", zh: "驳回申报（需说明理由）。", en: "Reject a proposal (a reason is required).")
    public static let renameAbstract = Message("help.place.rename", zh: "更名：编号不变，原名成为曾用名。",
                                        en: "Rename: the id stays, the old name becomes a former name.")
    public static let retireAbstract = Message("help.place.retire", zh: "销名：地名已不存在，名称作为曾用名保留。",
                                        en: "Retire: the place ended; its names stay as former names.")
    public static let deprecateAbstract = Message("help.place.deprecate", zh: "标记为错误记录（从未正确），记录仍可查。",
                                           en: "Mark a record erroneous (never right); it stays visible.")
    public static let splitAbstract = Message("help.place.split", zh: "拆分：原地名销名，由文件中的新地名取代，下级地名归入覆盖它的新地名。",
                                       en: "Split: the place ends, superseded by the file's new places; its children move to the one covering them.")
    public static let mergeAbstract = Message("help.place.merge", zh: "合并：原地名销名，由文件中的一个新地名取代。",
                                       en: "Merge: the places end, superseded by the one new place of the file.")
    public static let showAbstract = Message("help.place.show", zh: "显示地名及其全部名称。", en: "Show a place with all its names.")
    public static let historyAbstract = Message("help.place.history", zh: "显示地名的事件记录。", en: "Show a place's event log.")
    public static let listAbstract = Message("help.place.list", zh: "列出地名（默认不含规划预留地名）。", en: "List places (reserved names left out unless asked).")
    public static let exportAbstract = Message("help.place.export", zh: "导出地名库（含曾用名）为 GeoJSON 或 CSV。",
                                        en: "Export the gazetteer with current and former names as GeoJSON or CSV.")

    public static let id = Message("help.place.id", zh: "地名编号。", en: "The place's id.")
    public static let ids = Message("help.place.ids", zh: "要合并的地名编号。", en: "The ids of the places to merge.")
    public static let name = Message("help.place.name", zh: "地名。", en: "The name.")
    public static let newName = Message("help.place.newName", zh: "新的标准名称。", en: "The new standard name.")
    public static let category = Message("help.place.category", zh: "类别。", en: "The category.")
    public static let lon = Message("help.place.lon", zh: "经度（CGCS2000）。", en: "Longitude (CGCS2000).")
    public static let lat = Message("help.place.lat", zh: "纬度（CGCS2000）。", en: "Latitude (CGCS2000).")
    public static let geometry = Message("help.place.geometry", zh: "几何：GeoJSON 或 WKT（点、线或面）。", en: "The geometry as GeoJSON or WKT (point, line or polygon).")
    public static let division = Message("help.place.in", zh: "政区代码（省略时由位置推算）。", en: "The division code (derived from the location when left out).")
    public static let planned = Message("help.place.planned", zh: "地名方案中的规划名称：预留，不申报。", en: "A planned name of the naming plan: reserved, not proposed.")
    public static let meaning = Message("help.place.meaning", zh: "地名含义。", en: "The meaning of the name.")
    public static let reading = Message("help.place.reading", zh: "读音（如 zhang3 zi3 lu4），覆盖多音字的默认读法。",
                                 en: "The reading (e.g. zhang3 zi3 lu4), overriding the characters' usual readings.")
    public static let document = Message("help.place.document", zh: "批准文号。", en: "The approval document number.")
    public static let date = Message("help.place.date", zh: "日期（YYYY-MM-DD）。", en: "The date (YYYY-MM-DD).")
    public static let authority = Message("help.place.authority", zh: "批准机关。", en: "The approving authority.")
    public static let reason = Message("help.place.reason", zh: "理由。", en: "The reason.")
    public static let into = Message("help.place.into", zh: "新地名的 GeoJSON 文件（属性 name、category，可选 division 等）。",
                              en: "A GeoJSON file of the new places (properties name, category; division and others optional).")
    public static let asOf = Message("help.place.asOf", zh: "显示该日期（YYYY-MM-DD）有效的名称。", en: "The names valid on this date (YYYY-MM-DD).")
    public static let format = Message("help.place.format", zh: "输出格式。", en: "The output format.")
    public static let status = Message("help.place.status", zh: "只列出该状态的地名。", en: "Only places in this status.")
    public static let includeReserved = Message("help.place.includeReserved", zh: "包括规划预留地名。", en: "Include reserved names.")
    public static let output = Message("help.place.output", zh: "写入该文件（默认标准输出）。", en: "Write to this file (default: standard output).")

    public static let pointOrGeometry = Message("place.pointOrGeometry", zh: "请给出 --lon 和 --lat，或 --geometry（二者选一）",
                                         en: "give --lon and --lat, or --geometry (one of them)")
    public static let mergeTwo = Message("place.mergeTwo", zh: "合并需要至少两个地名编号，--into 文件中恰好一个新地名",
                                  en: "a merge needs at least two place ids and exactly one new place in the --into file")
    public static let finding = Message("place.finding", zh: "命名检查 {code}（{severity}）：{text}", en: "naming check {code} ({severity}): {text}")
    public static let header = Message("place.header", zh: "编号|名称|拼音|类别|状态|政区", en: "id|name|pinyin|category|status|division")
    public static let namesHeader = Message("place.namesHeader", zh: "名称|类型|状态|起|止|文号", en: "name|kind|status|from|to|document")
    public static let eventsHeader = Message("place.eventsHeader", zh: "时间|操作|账户|状态|名称|文号|生效|理由",
                                      en: "at|action|account|status|name|document|effective|reason")
    public static let supersedes = Message("place.supersedes", zh: "取代：{ids}", en: "supersedes: {ids}")
    public static let supersededBy = Message("place.supersededBy", zh: "被取代：{ids}", en: "superseded by: {ids}")
    public static let written = Message("place.written", zh: "已写入 {path}", en: "written to {path}")

    public static let all: [Message] = [
        abstract, discussion, proposeAbstract, reviewAbstract, approveAbstract, announceAbstract, rejectAbstract, renameAbstract, retireAbstract, deprecateAbstract, splitAbstract, mergeAbstract, showAbstract, historyAbstract, listAbstract, exportAbstract, id, ids, name, newName, category, lon, lat, geometry, division, planned, meaning, reading, document, date, authority, reason, into, asOf, format, status, includeReserved, output, pointOrGeometry, mergeTwo, finding, header, namesHeader, eventsHeader, supersedes, supersededBy, written,
    ]
}
