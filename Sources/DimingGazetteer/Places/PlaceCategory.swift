/// 类别: what kind of place, with its GB/T 18521 class. The values extend the core `places`
/// layer's open vocabulary, so files loaded before the gazetteer keep their categories.
public enum PlaceCategory: String, Sendable, CaseIterable, Codable {
    case administrativeArea = "administrative_area"
    case townshipSeat = "township_seat"
    case residentialArea = "residential_area"
    case village
    case road
    case bridge
    case square
    case park
    case building
    case station
    case dam
    case reservoir
    case river
    case lake
    case mountain
    case heritageSite = "heritage_site"

    /// The GB/T 18521 class the category belongs to (the naming profile scopes checks by it).
    public var placeClass: PlaceClass {
        switch self {
        case .administrativeArea: .administrativeArea
        case .townshipSeat, .residentialArea, .village: .residential
        case .road: .road
        case .bridge, .station: .transport
        case .dam, .reservoir: .waterworks
        case .square, .park, .heritageSite: .landmark
        case .building: .building
        case .river, .lake, .mountain: .natural
        }
    }
}

/// GB/T 18521 地名分类: the classes the 2022 条例's duplicate scopes speak of.
public enum PlaceClass: String, Sendable, CaseIterable, Codable {
    /// 自然地理实体
    case natural
    /// 行政区域
    case administrativeArea = "administrative_area"
    /// 居民点 (村、社区、居住区)
    case residential
    /// 街路巷
    case road
    /// 交通运输设施
    case transport
    /// 水利、电力、通信设施
    case waterworks
    /// 纪念地、旅游景点、广场、公园
    case landmark
    /// 建筑物
    case building
}
