import DimingCore

/// Distances in a projected plane (Gauss-Krüger metres held in `Position`'s lon = easting,
/// lat = northing), for the widths of gaps and overlaps.
enum PlanarDistance {
    /// The segments of every line or ring of `geometry`.
    static func segments(of geometry: Geometry) -> [(Position, Position)] {
        var segments: [(Position, Position)] = []
        func add(_ line: [Position]) {
            for i in line.indices.dropLast() { segments.append((line[i], line[i + 1])) }
        }
        switch geometry {
        case let .lineString(line): add(line)
        case let .multiLineString(lines), let .polygon(lines): lines.forEach(add)
        case let .multiPolygon(polygons): polygons.forEach { $0.forEach(add) }
        case .point, .multiPoint: break
        }
        return segments
    }

    static func distance(_ p: Position, to segments: [(Position, Position)]) -> Double {
        var best = Double.infinity
        for (a, b) in segments {
            let dx = b.lon - a.lon, dy = b.lat - a.lat
            let length2 = dx * dx + dy * dy
            var t = length2 > 0 ? ((p.lon - a.lon) * dx + (p.lat - a.lat) * dy) / length2 : 0
            t = min(1, max(0, t))
            let ex = a.lon + t * dx - p.lon, ey = a.lat + t * dy - p.lat
            best = min(best, ex * ex + ey * ey)
        }
        return best.squareRoot()
    }

    /// The widest place of a sliver lying between two sides: each vertex of the sliver lies on
    /// one side, and its distance to the other side is the width there (a discrete Hausdorff
    /// distance between the sides' parts of the sliver's outline).
    static func width(of part: Geometry, between first: [(Position, Position)], and second: [(Position, Position)]) -> Double {
        var width = 0.0
        part.forEachPosition { p in
            width = max(width, min(max(distance(p, to: first), distance(p, to: second)), .greatestFiniteMagnitude))
        }
        return width
    }
}
