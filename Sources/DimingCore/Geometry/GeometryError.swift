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
    case invalidBoundingBox(String)
    case invalidTopology(String)
    case malformed(String)

    public var status: Int { 422 }
    public var type: String {
        switch self {
        case .invalidBoundingBox: "invalid-bbox"
        case .wrongGeometryType, .unsupportedGeometryType: "wrong-geometry-type"
        case .notFinite, .outOfRange, .swappedCoordinates: "invalid-coordinates"
        default: "invalid-geometry"
        }
    }
    public var title: String {
        switch self {
        case .invalidBoundingBox: "Invalid bounding box"
        case .wrongGeometryType, .unsupportedGeometryType: "Wrong geometry type"
        case .notFinite, .outOfRange, .swappedCoordinates: "Invalid coordinates"
        default: "Invalid geometry"
        }
    }
    public var field: String? { type == "invalid-bbox" ? "bbox" : "geometry" }

    public var detail: String {
        switch self {
        case .notFinite:
            "a coordinate is NaN or infinite"
        case let .outOfRange(lon, lat):
            "position [\(lon), \(lat)] is out of range (longitude -180…180, latitude -90…90)"
        case let .swappedCoordinates(lon, lat):
            "position [\(lon), \(lat)] has latitude \(lat) out of range; it looks like latitude, longitude order — GeoJSON and CSV/WKT take longitude first"
        case let .tooFewPositions(role, count, minimum):
            "\(role) has \(count) positions, at least \(minimum) are needed"
        case let .unclosedRing(role):
            "\(role) is not closed: its last position must repeat the first"
        case .emptyGeometry:
            "the geometry is empty"
        case let .wrongGeometryType(expected, got):
            "a \(got.geoJSONName) cannot be stored in a \(expected.geoJSONName) layer"
        case let .unsupportedGeometryType(name):
            "geometry type \"\(name)\" is not supported"
        case let .invalidBoundingBox(reason):
            "invalid bbox: \(reason)"
        case let .invalidTopology(reason):
            "invalid geometry: \(reason)"
        case let .malformed(reason):
            "malformed geometry: \(reason)"
        }
    }
}
