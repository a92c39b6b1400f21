/// The simple-feature geometry types Diming stores, with their names in SpatiaLite and GeoJSON.
public enum GeometryType: String, Sendable, CaseIterable {
    case point = "POINT"
    case lineString = "LINESTRING"
    case polygon = "POLYGON"
    case multiPoint = "MULTIPOINT"
    case multiLineString = "MULTILINESTRING"
    case multiPolygon = "MULTIPOLYGON"

    /// The class code of SpatiaLite's BLOB format and of WKB.
    public var classCode: Int32 {
        switch self {
        case .point: 1
        case .lineString: 2
        case .polygon: 3
        case .multiPoint: 4
        case .multiLineString: 5
        case .multiPolygon: 6
        }
    }

    public init?(classCode: Int32) {
        guard let type = Self.allCases.first(where: { $0.classCode == classCode }) else { return nil }
        self = type
    }

    /// The GeoJSON `type` member.
    public var geoJSONName: String {
        switch self {
        case .point: "Point"
        case .lineString: "LineString"
        case .polygon: "Polygon"
        case .multiPoint: "MultiPoint"
        case .multiLineString: "MultiLineString"
        case .multiPolygon: "MultiPolygon"
        }
    }

    public init?(geoJSONName: String) {
        guard let type = Self.allCases.first(where: { $0.geoJSONName == geoJSONName }) else { return nil }
        self = type
    }
}

extension GeometryType {
    /// The single-part type a layer of this multi-part type also takes (promoted on write).
    public var singlePart: GeometryType? {
        switch self {
        case .multiPoint: .point
        case .multiLineString: .lineString
        case .multiPolygon: .polygon
        default: nil
        }
    }
}
