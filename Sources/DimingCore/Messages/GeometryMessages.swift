/// The texts of ``GeometryError``: coordinates, rings and geometries.
public enum GeometryMessages {
    public static let invalidBoundingBoxTitle = Message("geometry.invalidBoundingBox.title", zh: "范围框无效", en: "Invalid bounding box")
    public static let wrongGeometryTypeTitle = Message("geometry.wrongGeometryType.title", zh: "几何类型不符", en: "Wrong geometry type")
    public static let invalidCoordinatesTitle = Message("geometry.invalidCoordinates.title", zh: "坐标无效", en: "Invalid coordinates")
    public static let invalidGeometryTitle = Message("geometry.invalidGeometry.title", zh: "几何无效", en: "Invalid geometry")
    public static let notFinite = Message("geometry.notFinite", zh: "有坐标为 NaN 或无穷大", en: "a coordinate is NaN or infinite")
    public static let outOfRange = Message("geometry.outOfRange", zh: "坐标 [{lon}, {lat}] 超出范围（经度 -180…180，纬度 -90…90）",
                                           en: "position [{lon}, {lat}] is out of range (longitude -180…180, latitude -90…90)")
    public static let swappedCoordinates = Message(
        "geometry.swappedCoordinates",
        zh: "坐标 [{lon}, {lat}] 的纬度 {lat} 超出范围；看起来是“纬度, 经度”的顺序——GeoJSON 和 CSV/WKT 都是经度在前",
        en: "position [{lon}, {lat}] has latitude {lat} out of range; it looks like latitude, longitude order — GeoJSON and CSV/WKT take longitude first")
    public static let tooFewPositions = Message("geometry.tooFewPositions", zh: "{role} 只有 {count} 个点，至少需要 {minimum} 个",
                                                en: "{role} has {count} positions, at least {minimum} are needed")
    public static let unclosedRing = Message("geometry.unclosedRing", zh: "{role} 没有闭合：最后一个点必须与第一个点相同",
                                             en: "{role} is not closed: its last position must repeat the first")
    public static let emptyGeometry = Message("geometry.empty", zh: "几何为空", en: "the geometry is empty")
    public static let wrongGeometryType = Message("geometry.wrongGeometryType", zh: "{got} 不能存入 {expected} 图层",
                                                  en: "a {got} cannot be stored in a {expected} layer")
    public static let unsupportedGeometryType = Message("geometry.unsupportedGeometryType", zh: "不支持几何类型 \"{name}\"",
                                                        en: "geometry type \"{name}\" is not supported")
    public static let invalidBoundingBox = Message("geometry.invalidBoundingBox", zh: "bbox 无效：{reason}", en: "invalid bbox: {reason}")
    public static let invalidTopology = Message("geometry.invalidTopology", zh: "几何无效：{reason}", en: "invalid geometry: {reason}")
    public static let malformed = Message("geometry.malformed", zh: "几何格式错误：{reason}", en: "malformed geometry: {reason}")

    static let all = [invalidBoundingBoxTitle, wrongGeometryTypeTitle, invalidCoordinatesTitle, invalidGeometryTitle, notFinite,
                      outOfRange, swappedCoordinates, tooFewPositions, unclosedRing, emptyGeometry, wrongGeometryType,
                      unsupportedGeometryType, invalidBoundingBox, invalidTopology, malformed] + reasons
}
