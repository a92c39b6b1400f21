/// A (multi)polygon prepared for many point-in-polygon tests: its edges sorted into horizontal
/// bands, so that a test looks only at the few edges near the point's latitude.
///
/// The test casts a ray towards +longitude and counts crossings (even-odd over all rings of all
/// parts, so holes and islands need no special case). Each edge is stored with its lower end
/// first and crossings use a half-open rule (an edge counts for `y1 <= lat < y2`, a crossing
/// only strictly east of the point), so a point on a border shared exactly by two polygons is
/// inside exactly one of them — the one east of a north-south edge, north of an east-west one.
/// The same pass tells whether the outline passes within a tolerance of the point, which the
/// ``Locator`` needs for its closed outer edge and for coordinate noise.
public struct PreparedPolygon: Sendable {
    public let boundingBox: BoundingBox
    /// Edge endpoints, lower latitude first: x1, y1, x2, y2 per edge.
    private let edges: [Double]
    private let bandStarts: [Int32]
    private let bandEdges: [Int32]
    private let bandHeight: Double
    /// Bands hold every edge whose latitude span, widened by this much, touches them, so that
    /// the edges within `margin` of a point are all in the point's band.
    public let margin: Double

    /// What one pass over the point's band found.
    public struct Probe: Sendable {
        /// Inside by the half-open rule.
        public var inside: Bool
        /// The squared distance in degrees² to the nearest edge within `margin`, else infinity.
        public var nearestSquared: Double
        /// Whether the outline passes within `margin` of the point.
        public var near: Bool { nearestSquared.isFinite }
    }

    public init(_ polygons: [PolygonCoordinates], margin: Double = 0) {
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
        self.margin = margin
        let edgeCount = edges.count / 4
        let bandCount = max(1, min(edgeCount / 2, 1 << 16))
        let height = edgeCount > 0 ? max((box.maxLat - box.minLat) / Double(bandCount), 1e-12) : 1
        bandHeight = height
        // Counting sort of edges into the bands their (widened) latitude span touches.
        var counts = [Int32](repeating: 0, count: bandCount + 1)
        func bands(_ e: Int) -> ClosedRange<Int> {
            let low = Int(((edges[e * 4 + 1] - margin - box.minLat) / height).rounded(.down))
            let high = Int(((edges[e * 4 + 3] + margin - box.minLat) / height).rounded(.down))
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

    /// Whether the point lies inside (points on a border follow the half-open rule above).
    @inline(__always)
    public func contains(_ lon: Double, _ lat: Double) -> Bool {
        probe(lon, lat).inside
    }

    /// Inside by the half-open rule, and whether an edge may pass within ``margin``: the hot
    /// path, as cheap as the plain crossing test. An edge crossing the point's latitude is near
    /// only if the horizontal gap times its height is within `margin` times its length (bounded
    /// above by |dx| + dy); an edge that does not cross it but reaches within `margin` of it
    /// (a vertex just above or below, a horizontal edge) is rare and counts as maybe near.
    /// When this says maybe, ``probe(_:_:)`` decides.
    @inline(__always)
    public func quickProbe(_ lon: Double, _ lat: Double) -> (inside: Bool, maybeNear: Bool) {
        let margin = margin
        guard lat >= boundingBox.minLat - margin, lat <= boundingBox.maxLat + margin,
              lon >= boundingBox.minLon - margin, lon <= boundingBox.maxLon + margin else { return (false, false) }
        let bandCount = bandStarts.count - 1
        let band = min(max(Int(((lat - boundingBox.minLat) / bandHeight).rounded(.down)), 0), bandCount - 1)
        var inside = false
        var maybeNear = false
        edges.withUnsafeBufferPointer { e in
            bandEdges.withUnsafeBufferPointer { members in
                for k in Int(bandStarts[band])..<Int(bandStarts[band + 1]) {
                    let i = Int(members[k]) &* 4
                    let y1 = e[i + 1], y2 = e[i + 3]
                    if lat >= y1, lat < y2 {
                        let x1 = e[i], x2 = e[i + 2]
                        let dy = y2 - y1, dx = x2 - x1
                        let x = x1 + (lat - y1) * dx / dy
                        if lon < x { inside.toggle() }
                        if abs(lon - x) * dy <= margin * (abs(dx) + dy) { maybeNear = true }
                    } else if lat >= y1 - margin, lat <= y2 + margin {
                        maybeNear = true
                    }
                }
            }
        }
        return (inside, maybeNear)
    }

    /// Inside by the half-open rule, and the nearest edge within ``margin``: one pass over the
    /// edges of the point's band. The distance test costs two comparisons for an edge whose
    /// longitude span (widened by the margin) misses the point, which is nearly every edge.
    @inline(__always)
    public func probe(_ lon: Double, _ lat: Double) -> Probe {
        let margin = margin
        guard lat >= boundingBox.minLat - margin, lat <= boundingBox.maxLat + margin,
              lon >= boundingBox.minLon - margin, lon <= boundingBox.maxLon + margin else {
            return Probe(inside: false, nearestSquared: .infinity)
        }
        let bandCount = bandStarts.count - 1
        let band = min(max(Int(((lat - boundingBox.minLat) / bandHeight).rounded(.down)), 0), bandCount - 1)
        var inside = false
        var nearest = Double.infinity
        let marginSquared = margin * margin
        edges.withUnsafeBufferPointer { e in
            bandEdges.withUnsafeBufferPointer { members in
                for k in Int(bandStarts[band])..<Int(bandStarts[band + 1]) {
                    let i = Int(members[k]) &* 4
                    let y1 = e[i + 1], y2 = e[i + 3]
                    guard lat >= y1 - margin, lat <= y2 + margin else { continue }
                    let x1 = e[i], x2 = e[i + 2]
                    if lat >= y1, lat < y2 {
                        let x = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                        if lon < x { inside.toggle() }
                    }
                    guard lon >= min(x1, x2) - margin, lon <= max(x1, x2) + margin else { continue }
                    let d = Self.squaredDistance(lon, lat, x1, y1, x2, y2)
                    if d <= marginSquared, d < nearest { nearest = d }
                }
            }
        }
        return Probe(inside: inside, nearestSquared: nearest)
    }

    /// Squared distance from (px, py) to the segment (ax, ay)–(bx, by), in degrees².
    @inline(__always)
    static func squaredDistance(_ px: Double, _ py: Double, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double) -> Double {
        let dx = bx - ax, dy = by - ay
        let t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        let ex = ax + t * dx - px, ey = ay + t * dy - py
        return ex * ex + ey * ey
    }
}
