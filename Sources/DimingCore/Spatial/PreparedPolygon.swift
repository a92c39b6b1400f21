/// A (multi)polygon prepared for many point-in-polygon tests: its edges sorted into horizontal
/// bands, so that a test looks only at the few edges that cross the point's latitude.
///
/// The test casts a ray towards +longitude and counts crossings (even-odd over all rings of all
/// parts, so holes and islands need no special case). Each edge is stored with its lower end
/// first and crossings use a half-open rule, so a point on a border shared exactly by two
/// polygons is inside exactly one of them — a partition stays a partition.
public struct PreparedPolygon: Sendable {
    public let boundingBox: BoundingBox
    /// Edge endpoints, lower latitude first: x1, y1, x2, y2 per edge.
    private let edges: [Double]
    private let bandStarts: [Int32]
    private let bandEdges: [Int32]
    private let bandHeight: Double

    public init(_ polygons: [PolygonCoordinates]) {
        var edges = [Double]()
        var box = BoundingBox(minLon: .infinity, minLat: .infinity, maxLon: -.infinity, maxLat: -.infinity)
        for rings in polygons {
            for ring in rings where ring.count > 1 {
                for i in 1..<ring.count {
                    var a = ring[i - 1], b = ring[i]
                    box.extend(a)
                    if a.lat == b.lat && a.lon == b.lon { continue }
                    if a.lat > b.lat { swap(&a, &b) }
                    edges.append(contentsOf: [a.lon, a.lat, b.lon, b.lat])
                }
            }
        }
        boundingBox = box
        let edgeCount = edges.count / 4
        let bandCount = max(1, min(edgeCount / 2, 1 << 16))
        let height = edgeCount > 0 ? max((box.maxLat - box.minLat) / Double(bandCount), 1e-12) : 1
        bandHeight = height
        // Counting sort of edges into the bands their latitude span touches.
        var counts = [Int32](repeating: 0, count: bandCount + 1)
        func bands(_ e: Int) -> ClosedRange<Int> {
            let low = Int((edges[e * 4 + 1] - box.minLat) / height)
            let high = Int((edges[e * 4 + 3] - box.minLat) / height)
            return min(max(low, 0), bandCount - 1)...min(max(high, 0), bandCount - 1)
        }
        for e in 0..<edgeCount { for band in bands(e) { counts[band + 1] += 1 } }
        for band in 0..<bandCount { counts[band + 1] += counts[band] }
        var fill = counts
        var members = [Int32](repeating: 0, count: Int(counts[bandCount]))
        for e in 0..<edgeCount {
            for band in bands(e) {
                members[Int(fill[band])] = Int32(e)
                fill[band] += 1
            }
        }
        self.edges = edges
        bandStarts = counts
        bandEdges = members
    }

    /// Whether `p` lies inside (points on a border follow the half-open rule above).
    @inline(__always)
    public func contains(_ lon: Double, _ lat: Double) -> Bool {
        guard lat >= boundingBox.minLat, lat <= boundingBox.maxLat,
              lon >= boundingBox.minLon, lon <= boundingBox.maxLon else { return false }
        let bandCount = bandStarts.count - 1
        let band = min(Int((lat - boundingBox.minLat) / bandHeight), bandCount - 1)
        var inside = false
        edges.withUnsafeBufferPointer { e in
            bandEdges.withUnsafeBufferPointer { members in
                for k in Int(bandStarts[band])..<Int(bandStarts[band + 1]) {
                    let i = Int(members[k]) &* 4
                    let y1 = e[i + 1], y2 = e[i + 3]
                    // Half-open in latitude: an edge counts for y1 <= lat < y2.
                    guard lat >= y1, lat < y2 else { continue }
                    let x1 = e[i], x2 = e[i + 2]
                    let x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                    if lon < x { inside.toggle() }
                }
            }
        }
        return inside
    }

    /// The smallest distance in degrees from `p` to any edge (for telling "on the border").
    public func distanceToBoundary(_ p: Position) -> Double {
        var best = Double.infinity
        for i in stride(from: 0, to: edges.count, by: 4) {
            let ax = edges[i], ay = edges[i + 1], bx = edges[i + 2], by = edges[i + 3]
            let dx = bx - ax, dy = by - ay
            let t = max(0, min(1, ((p.lon - ax) * dx + (p.lat - ay) * dy) / (dx * dx + dy * dy)))
            let ex = ax + t * dx - p.lon, ey = ay + t * dy - p.lat
            best = min(best, (ex * ex + ey * ey).squareRoot())
        }
        return best
    }
}
