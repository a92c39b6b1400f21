/// The words of the server's HTML pages (landing, collections, items, API): headings,
/// breadcrumbs, table headers.
public enum PageMessages {
    public static let home = Message("page.home", zh: "首页", en: "Home")
    public static let serviceTitle = Message("page.service.title", zh: "地名 Diming 数据服务", en: "Diming data service")
    public static let serviceSummary = Message("page.service.summary", zh: "行政区划、道路、门牌、地名与应急避难场所的 OGC API - Features 服务。",
                                               en: "OGC API - Features of administrative divisions, roads, house numbers, place names and emergency shelters.")
    public static let resource = Message("page.resource", zh: "资源", en: "Resource")
    public static let relation = Message("page.relation", zh: "关系", en: "Relation")
    public static let map = Message("page.map", zh: "地图", en: "Map")
    public static let conformance = Message("page.conformance", zh: "符合性", en: "Conformance")
    public static let conformanceClass = Message("page.conformanceClass", zh: "符合性类别", en: "Conformance class")
    public static let collections = Message("page.collections", zh: "数据集", en: "Collections")
    public static let identifier = Message("page.identifier", zh: "标识", en: "id")
    public static let name = Message("page.name", zh: "名称", en: "Title")
    public static let featureCount = Message("page.featureCount", zh: "要素数", en: "Features")
    public static let browse = Message("page.browse", zh: "浏览", en: "Browse")
    public static let features = Message("page.features", zh: "要素", en: "Features")
    public static let empty = Message("page.empty", zh: "（空）", en: "(empty)")
    public static let collectionMeta = Message("page.collection.meta", zh: "几何类型 {geometry} · 要素数 {count} · 范围 (CRS84) {extent}",
                                               en: "Geometry {geometry} · {count} features · extent (CRS84) {extent}")
    public static let browseFeatures = Message("page.browseFeatures", zh: "浏览要素", en: "Browse features")
    public static let property = Message("page.property", zh: "属性", en: "Property")
    public static let type = Message("page.type", zh: "类型", en: "Type")
    public static let description = Message("page.description", zh: "说明", en: "Description")
    public static let geometry = Message("page.geometry", zh: "几何", en: "Geometry")
    public static let pageCount = Message("page.items.count", zh: "本页 {count} 个要素", en: "{count} features on this page")
    public static let matchedCount = Message("page.items.matched", zh: "，共 {count} 个", en: " of {count}")
    public static let nextPage = Message("page.nextPage", zh: "下一页", en: "Next page")
    public static let layerFeatures = Message("page.layerFeatures", zh: "{layer} 要素", en: "{layer}: features")
    public static let value = Message("page.value", zh: "值", en: "Value")
    public static let bbox = Message("page.bbox", zh: "范围", en: "Bounding box")
    public static let apiDocument = Message("page.api", zh: "API 文档", en: "API documentation")
    public static let method = Message("page.method", zh: "方法", en: "Method")
    public static let path = Message("page.path", zh: "路径", en: "Path")

    static let all = [home, serviceTitle, serviceSummary, resource, relation, map, conformance, conformanceClass, collections, identifier,
                      name, featureCount, browse, features, empty, collectionMeta, browseFeatures, property, type, description, geometry,
                      pageCount, matchedCount, nextPage, layerFeatures, value, bbox, apiDocument, method, path]
}
