/// Ring orientation in the lon/lat plane, and RFC 7946's right-hand rule.
extension Geometry {
    /// Twice the signed area of a closed ring by the shoelace formula, in square degrees:
    /// positive when the ring runs counter-clockwise.
    public static func signedDoubleArea(of ring: [Position]) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        // Shift by the first position so that large longitudes do not cost precision.
        let origin = ring[0]
        var previous = Position(lon: 0, lat: 0)
        for p in ring.dropFirst() {
            let current = Position(lon: p.lon - origin.lon, lat: p.lat - origin.lat)
            sum += previous.lon * current.lat - current.lon * previous.lat
            previous = current
        }
        return sum
    }

    /// The polygon with its exterior counter-clockwise and its holes clockwise (RFC 7946 §3.1.6).
    public static func rightHandRule(_ rings: PolygonCoordinates) -> PolygonCoordinates {
        var result = rings
        for i in result.indices {
            let ccw = signedDoubleArea(of: result[i]) > 0
            let wantCCW = i == 0
            if ccw != wantCCW { result[i].reverse() }
        }
        return result
    }

    /// The geometry with every polygon wound by the right-hand rule; other types unchanged.
    public var rightHandRule: Geometry {
        switch self {
        case let .polygon(rings): .polygon(Self.rightHandRule(rings))
        case let .multiPolygon(polygons): .multiPolygon(polygons.map(Self.rightHandRule))
        default: self
        }
    }
}
