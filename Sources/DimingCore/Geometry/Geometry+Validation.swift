extension Geometry {
    /// Checks what can be checked without GEOS: finite, in-range coordinates in lon/lat order,
    /// lines of two or more positions, rings of four or more that close, no empty parts.
    /// Self-intersections are left to GEOS (`ST_IsValid`) at import.
    public func validate() throws(GeometryError) {
        switch self {
        case let .point(p):
            try Self.check(p)
        case let .multiPoint(points):
            guard !points.isEmpty else { throw .emptyGeometry }
            for p in points { try Self.check(p) }
        case let .lineString(line):
            try Self.check(line: line, role: "the line")
        case let .multiLineString(lines):
            guard !lines.isEmpty else { throw .emptyGeometry }
            for (i, line) in lines.enumerated() { try Self.check(line: line, role: "line \(i + 1)") }
        case let .polygon(rings):
            try Self.check(polygon: rings, name: "the polygon")
        case let .multiPolygon(polygons):
            guard !polygons.isEmpty else { throw .emptyGeometry }
            for (i, rings) in polygons.enumerated() { try Self.check(polygon: rings, name: "polygon \(i + 1)") }
        }
    }

    private static func check(_ p: Position) throws(GeometryError) {
        _ = try Position(checkedLon: p.lon, lat: p.lat)
    }

    private static func check(line: [Position], role: String) throws(GeometryError) {
        guard line.count >= 2 else { throw .tooFewPositions(role: role, count: line.count, minimum: 2) }
        for p in line { try check(p) }
    }

    private static func check(polygon rings: [[Position]], name: String) throws(GeometryError) {
        guard !rings.isEmpty else { throw .emptyGeometry }
        for (i, ring) in rings.enumerated() {
            let role = i == 0 ? "the exterior ring of \(name)" : "hole \(i) of \(name)"
            guard ring.count >= 4 else { throw .tooFewPositions(role: role, count: ring.count, minimum: 4) }
            for p in ring { try check(p) }
            guard ring.first == ring.last else { throw .unclosedRing(role: role) }
        }
    }
}
