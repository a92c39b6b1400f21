/// The web map's own texts (titles, buttons, popup labels, status lines), served to the page
/// in the language the browser asks for (`GET /map/messages.json`). Layer names, classes and
/// property labels are not here: they come with each collection's metadata.
public enum MapMessages {
    public static let all: [Message] = [
        Message("map.title", zh: "{name}地名与区划地图", en: "{name}: place names and divisions"),
        Message("map.title.plain", zh: "地名与区划地图", en: "Place names and divisions"),
        Message("map.skip", zh: "跳到地图", en: "Skip to the map"),
        Message("map.region", zh: "地图。获得焦点后可用方向键平移、加减号缩放。",
                en: "Map. When focused, arrow keys pan and plus/minus zoom."),
        Message("map.menu", zh: "菜单", en: "Menu"),
        Message("map.panels", zh: "面板", en: "Panels"),
        Message("map.search.label", zh: "地名检索", en: "Search"),
        Message("map.search.placeholder", zh: "输入名称或地址", en: "Name or address"),
        Message("map.search.button", zh: "检索", en: "Search"),
        Message("map.results.title", zh: "检索结果", en: "Search results"),
        Message("map.results.close", zh: "关闭检索结果", en: "Close the results"),
        Message("map.panel.close", zh: "关闭面板", en: "Close the panel"),
        Message("map.auth.title", zh: "需要访问令牌", en: "An access token is needed"),
        Message("map.auth.message", zh: "此服务需要登录后才能读取数据。请输入管理员发放的访问令牌。",
                en: "This service needs a token to read its data. Enter the access token your administrator gave you."),
        Message("map.auth.label", zh: "访问令牌", en: "Access token"),
        Message("map.auth.use", zh: "使用令牌", en: "Use the token"),
        Message("map.auth.cancel", zh: "暂不登录", en: "Not now"),
        Message("map.status.connecting", zh: "正在连接地名服务…", en: "Connecting to the service…"),
        Message("map.status.listing", zh: "正在读取图层列表…", en: "Reading the list of layers…"),
        Message("map.status.loading", zh: "正在加载：{layers}…", en: "Loading: {layers}…"),
        Message("map.status.failed", zh: "无法读取数据服务：{reason}", en: "The data service cannot be read: {reason}"),
        Message("map.status.loaded", zh: "已加载 {layers} 个图层，共 {features} 个要素", en: "{layers} layers loaded, {features} features"),
        Message("map.zoom.note", zh: "放大至 {zoom} 级显示", en: "shown from zoom {zoom}"),
        Message("map.attribution.offline", zh: "无底图（离线）", en: "no basemap (offline)"),
        Message("map.popup.geojson", zh: "要素数据（GeoJSON）", en: "Feature data (GeoJSON)"),
        Message("map.locate.title", zh: "此处位置", en: "This place"),
        Message("map.locate.loading", zh: "正在查询此处所属区划…", en: "Looking up the divisions here…"),
        Message("map.locate.chain", zh: "所属区划", en: "Divisions"),
        Message("map.locate.lonlat", zh: "经度、纬度", en: "Longitude, latitude"),
        Message("map.locate.gk", zh: "高斯-克吕格（EPSG:{epsg}）", en: "Gauss-Krüger (EPSG:{epsg})"),
        Message("map.locate.easting", zh: "东坐标（米）", en: "Easting (m)"),
        Message("map.locate.northing", zh: "北坐标（米）", en: "Northing (m)"),
        Message("map.locate.border", zh: "位于与{names}的交界上", en: "On the border with {names}"),
        Message("map.locate.outside", zh: "此处不在任何区划之内", en: "This point lies in no division"),
        Message("map.locate.failed", zh: "查询失败：{reason}", en: "Lookup failed: {reason}"),
        Message("map.level.province", zh: "省级", en: "province"),
        Message("map.level.city", zh: "地级", en: "city"),
        Message("map.level.county", zh: "县级", en: "county"),
        Message("map.level.township", zh: "乡级", en: "township"),
        Message("map.level.village", zh: "村级", en: "village"),
    ]

    /// The texts in `language`, by key.
    public static func texts(_ language: Language) -> [String: String] {
        Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0.text(language)) })
    }
}
