/// Why a coordinate, ring or geometry was refused.
public enum GeometryError: Problem, Equatable {
    case notFinite
    case outOfRange(lon: Double, lat: Double)
    case swappedCoordinates(lon: Double, lat: Double)
    case tooFewPositions(role: String, count: Int, minimum: Int)
    case unclosedRing(role: String)
    case emptyGeometry
    case wrongGeometryType(expected: GeometryType, got: GeometryType)
    case unsupportedGeometryType(String)
    case invalidBoundingBox(Reason)
    case invalidTopology(String)
    case malformed(Reason)

    public var status: Int { 422 }
    public var type: String {
        switch self {
        case .invalidBoundingBox: "invalid-bbox"
        case .wrongGeometryType, .unsupportedGeometryType: "wrong-geometry-type"
        case .notFinite, .outOfRange, .swappedCoordinates: "invalid-coordinates"
        default: "invalid-geometry"
        }
    }
    public func title(in language: Language) -> String {
        let m = GeometryMessages.self
        return switch self {
        case .invalidBoundingBox: m.invalidBoundingBoxTitle.text(language)
        case .wrongGeometryType, .unsupportedGeometryType: m.wrongGeometryTypeTitle.text(language)
        case .notFinite, .outOfRange, .swappedCoordinates: m.invalidCoordinatesTitle.text(language)
        default: m.invalidGeometryTitle.text(language)
        }
    }
    public var field: String? { type == "invalid-bbox" ? "bbox" : "geometry" }

    public func detail(in language: Language) -> String {
        let m = GeometryMessages.self
        return switch self {
        case .notFinite: m.notFinite.text(language)
        case let .outOfRange(lon, lat): m.outOfRange.text(language, ["lon": "\(lon)", "lat": "\(lat)"])
        case let .swappedCoordinates(lon, lat): m.swappedCoordinates.text(language, ["lon": "\(lon)", "lat": "\(lat)"])
        case let .tooFewPositions(role, count, minimum):
            m.tooFewPositions.text(language, ["role": role, "count": String(count), "minimum": String(minimum)])
        case let .unclosedRing(role): m.unclosedRing.text(language, ["role": role])
        case .emptyGeometry: m.emptyGeometry.text(language)
        case let .wrongGeometryType(expected, got):
            m.wrongGeometryType.text(language, ["expected": expected.geoJSONName, "got": got.geoJSONName])
        case let .unsupportedGeometryType(name): m.unsupportedGeometryType.text(language, ["name": name])
        case let .invalidBoundingBox(reason): m.invalidBoundingBox.text(language, ["reason": reason.text(in: language)])
        case let .invalidTopology(reason): m.invalidTopology.text(language, ["reason": reason])
        case let .malformed(reason): m.malformed.text(language, ["reason": reason.text(in: language)])
        }
    }
}
