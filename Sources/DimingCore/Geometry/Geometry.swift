/// A two-dimensional simple-feature geometry in lon/lat degrees.
///
/// Multi-part types hold their parts directly; a layer that stores `MULTIPOLYGON` takes a
/// `Polygon` through ``promoted(to:)``.
public enum Geometry: Hashable, Sendable {
    case point(Position)
    case lineString(LineStringCoordinates)
    case polygon(PolygonCoordinates)
    case multiPoint([Position])
    case multiLineString([LineStringCoordinates])
    case multiPolygon([PolygonCoordinates])

    public var type: GeometryType {
        switch self {
        case .point: .point
        case .lineString: .lineString
        case .polygon: .polygon
        case .multiPoint: .multiPoint
        case .multiLineString: .multiLineString
        case .multiPolygon: .multiPolygon
        }
    }

    /// The same geometry as `target`, wrapping a single part in a multi-part when needed.
    /// Returns nil when the types are incompatible (a line offered to a polygon layer).
    public func promoted(to target: GeometryType) -> Geometry? {
        if type == target { return self }
        switch (self, target) {
        case let (.point(p), .multiPoint): return .multiPoint([p])
        case let (.lineString(l), .multiLineString): return .multiLineString([l])
        case let (.polygon(p), .multiPolygon): return .multiPolygon([p])
        default: return nil
        }
    }

    /// Calls `body` with every position, in storage order.
    public func forEachPosition(_ body: (Position) -> Void) {
        switch self {
        case let .point(p): body(p)
        case let .lineString(line), let .multiPoint(line): line.forEach(body)
        case let .polygon(rings), let .multiLineString(rings): rings.forEach { $0.forEach(body) }
        case let .multiPolygon(polygons): polygons.forEach { $0.forEach { $0.forEach(body) } }
        }
    }

    /// The smallest lon/lat box holding every position; nil for an empty geometry.
    public var boundingBox: BoundingBox? {
        var box: BoundingBox?
        forEachPosition { p in
            if box == nil { box = BoundingBox(minLon: p.lon, minLat: p.lat, maxLon: p.lon, maxLat: p.lat) }
            else { box!.extend(p) }
        }
        return box
    }

    public var positionCount: Int {
        var n = 0
        forEachPosition { _ in n += 1 }
        return n
    }
}
