/// Douglas–Peucker on planar points (metres), the two ends always kept.
enum DouglasPeucker {
    /// The indices of `points` to keep, ascending: every point farther than `tolerance` from
    /// the simplified line, and at least `minimumInterior` interior points (the farthest ones),
    /// so that a ring made of few arcs keeps an area.
    static func keep(_ points: [PlanarPoint], tolerance: Double, minimumInterior: Int = 0) -> [Int] {
        guard points.count > 2 else { return Array(points.indices) }
        var kept = [Bool](repeating: false, count: points.count)
        kept[0] = true
        kept[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        while let (first, last) = stack.popLast() {
            guard let (index, distance) = farthest(points, first, last), distance > tolerance else { continue }
            kept[index] = true
            stack.append((first, index))
            stack.append((index, last))
        }
        var interior = kept.dropFirst().dropLast().filter { $0 }.count
        let wanted = min(minimumInterior, points.count - 2)
        while interior < wanted {
            // The interior point farthest from the segment of the kept points around it.
            var best: (index: Int, distance: Double)?
            var previous = 0
            for next in 1..<points.count where kept[next] {
                if let candidate = farthest(points, previous, next), candidate.distance > best?.distance ?? -1 { best = candidate }
                previous = next
            }
            guard let best else { break }
            kept[best.index] = true
            interior += 1
        }
        return kept.indices.filter { kept[$0] }
    }

    /// The point strictly between `first` and `last` farthest from the segment joining them.
    private static func farthest(_ points: [PlanarPoint], _ first: Int, _ last: Int) -> (index: Int, distance: Double)? {
        guard last - first > 1 else { return nil }
        var best = (index: first + 1, distance: -1.0)
        for i in (first + 1)..<last {
            let d = points[i].distance(toSegment: points[first], points[last])
            if d > best.distance { best = (i, d) }
        }
        return best
    }
}

/// A point in a plane in metres (Gauss-Krüger easting and northing).
struct PlanarPoint: Sendable, Equatable {
    var x: Double
    var y: Double

    func distance(toSegment a: PlanarPoint, _ b: PlanarPoint) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let lengthSquared = dx * dx + dy * dy
        guard lengthSquared > 0 else { return ((x - a.x) * (x - a.x) + (y - a.y) * (y - a.y)).squareRoot() }
        let t = max(0, min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared))
        let px = a.x + t * dx - x, py = a.y + t * dy - y
        return (px * px + py * py).squareRoot()
    }
}
