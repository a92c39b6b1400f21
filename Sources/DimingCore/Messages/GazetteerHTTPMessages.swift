/// The words of the gazetteer's HTTP routes: why a request body or parameter is refused, and
/// the printable 地名公告 page (labels, category names).
public enum GazetteerHTTPMessages {
    // MARK: Refused requests

    public static let invalidFieldTitle = Message("gazetteer.http.invalidField.title", zh: "请求无效", en: "Invalid request")
    public static let invalidField = Message("gazetteer.http.invalidField", zh: "{field}：{reason}", en: "{field}: {reason}")
    public static let unsupportedMediaTypeTitle = Message("gazetteer.http.mediaType.title", zh: "不支持的媒体类型", en: "Unsupported media type")
    public static let unsupportedMediaType = Message("gazetteer.http.mediaType", zh: "此处不接受 Content-Type {type}；请发送 application/json",
                                                     en: "Content-Type {type} is not accepted here; send application/json")

    public static let bodyNotObject = Message("gazetteer.http.reason.bodyNotObject", zh: "请求体必须是 JSON 对象",
                                              en: "the body must be a JSON object")
    public static let notString = Message("gazetteer.http.reason.notString", zh: "必须是字符串", en: "must be a string")
    public static let notBoolean = Message("gazetteer.http.reason.notBoolean", zh: "必须是 true 或 false", en: "must be true or false")
    public static let notObject = Message("gazetteer.http.reason.notObject", zh: "必须是 JSON 对象", en: "must be a JSON object")
    public static let notStringArray = Message("gazetteer.http.reason.notStringArray", zh: "必须是字符串数组", en: "must be an array of strings")
    public static let notObjectArray = Message("gazetteer.http.reason.notObjectArray", zh: "必须是 JSON 对象数组", en: "must be an array of JSON objects")
    public static let empty = Message("gazetteer.http.reason.empty", zh: "不能为空", en: "must not be empty")
    public static let tooLong = Message("gazetteer.http.reason.tooLong", zh: "超过 {maximum} 个字符", en: "is longer than {maximum} characters")
    public static let tooFew = Message("gazetteer.http.reason.tooFew", zh: "至少需要 {minimum} 项", en: "needs at least {minimum} items")
    public static let notDate = Message("gazetteer.http.reason.notDate", zh: "\"{text}\" 不是日期（YYYY-MM-DD）",
                                        en: "\"{text}\" is not a date (YYYY-MM-DD)")
    public static let notDivision = Message("gazetteer.http.reason.notDivision", zh: "\"{text}\" 不是 6、9 或 12 位的区划代码",
                                            en: "\"{text}\" is not a division code of 6, 9 or 12 digits")
    public static let notBodyMember = Message("gazetteer.http.reason.notBodyMember", zh: "不是该请求体的成员；成员有：{allowed}",
                                              en: "is not a member of this body; its members are {allowed}")
    public static let notGeometry = Message("gazetteer.http.reason.notGeometry", zh: "不是 GeoJSON 几何对象：{reason}",
                                            en: "is not a GeoJSON geometry: {reason}")

    // MARK: The 地名公告 page

    public static let announcementTitle = Message("gazetteer.page.announcement", zh: "地名公告", en: "Place-name announcement")
    public static let standardName = Message("gazetteer.page.standardName", zh: "标准名称", en: "Standard name")
    public static let romanization = Message("gazetteer.page.romanization", zh: "罗马字母拼写", en: "Romanization (Hanyu Pinyin)")
    public static let category = Message("gazetteer.page.category", zh: "类别", en: "Category")
    public static let division = Message("gazetteer.page.division", zh: "所在政区", en: "Administrative area")
    public static let location = Message("gazetteer.page.location", zh: "地理位置", en: "Location")
    public static let authority = Message("gazetteer.page.authority", zh: "批准机关", en: "Approving authority")
    public static let date = Message("gazetteer.page.date", zh: "批准时间", en: "Date of approval")
    public static let document = Message("gazetteer.page.document", zh: "批准文号", en: "Approval document")
    public static let placeID = Message("gazetteer.page.placeID", zh: "地名编号", en: "Place id")
    public static let gazetteer = Message("gazetteer.page.gazetteer", zh: "地名库", en: "Gazetteer")
    public static let notGiven = Message("gazetteer.page.notGiven", zh: "—", en: "—")

    public static let categoryNames: [PlaceCategoryName] = [
        .init("administrative_area", zh: "行政区域", en: "Administrative area"),
        .init("township_seat", zh: "乡镇驻地", en: "Township seat"),
        .init("residential_area", zh: "居民区", en: "Residential area"),
        .init("village", zh: "村", en: "Village"),
        .init("road", zh: "道路、街巷", en: "Road or street"),
        .init("bridge", zh: "桥梁", en: "Bridge"),
        .init("square", zh: "广场", en: "Square"),
        .init("park", zh: "公园", en: "Park"),
        .init("building", zh: "建筑物", en: "Building"),
        .init("station", zh: "车站", en: "Station"),
        .init("dam", zh: "堤坝", en: "Dam"),
        .init("reservoir", zh: "水库", en: "Reservoir"),
        .init("river", zh: "河流", en: "River"),
        .init("lake", zh: "湖泊", en: "Lake"),
        .init("mountain", zh: "山", en: "Mountain"),
        .init("heritage_site", zh: "纪念地、文物古迹", en: "Heritage site"),
    ]

    /// A category's words, keyed by the category's value (`road`).
    public struct PlaceCategoryName: Sendable {
        public let value: String
        public let message: Message

        init(_ value: String, zh: String, en: String) {
            self.value = value
            message = Message("gazetteer.category.\(value)", zh: zh, en: en)
        }
    }

    /// The category's name in `language`, or the value itself when it is not a known category.
    public static func categoryName(_ value: String, in language: Language) -> String {
        categoryNames.first { $0.value == value }?.message.text(language) ?? value
    }

    static let all = [invalidFieldTitle, invalidField, unsupportedMediaTypeTitle, unsupportedMediaType, bodyNotObject, notString,
                      notBoolean, notObject, notStringArray, notObjectArray, empty, tooLong, tooFew, notDate, notDivision,
                      notBodyMember, notGeometry, announcementTitle, standardName, romanization, category, division, location,
                      authority, date, document, placeID, gazetteer, notGiven] + categoryNames.map(\.message)
}
