import DimingCore
import GRDB

/// The cheap test that spares most pairs of a coverage the GEOS overlay: two neighbours cut from
/// one coverage share their border vertex for vertex, and then they can have neither a gap nor
/// an overlap between them.
///
/// A pair is clean when both are single polygons (holes allowed) whose outlines meet only in
/// one run of identical vertices and edges of their outer rings (or not at all), stay farther
/// than `margin` apart everywhere else, and neither lies inside the other's outer ring. Then
/// their interiors are disjoint and their union encloses no land the two do not enclose alone
/// (two discs meeting in one arc make a disc), so the overlay would find nothing: the snap moves
/// nothing (no vertex within the tolerance of the other side but on it), the intersection is a
/// line, and every hole of the union is a hole of one side that the other does not reach. Any
/// doubt (several parts, a vertex twice, two runs, a near miss) sends the pair to the overlay.
enum CleanContact {
    struct Box {
        var minLon, minLat, maxLon, maxLat: Double

        func meets(_ s: Segment, margin: Double) -> Bool {
            min(s.a.lon, s.b.lon) <= maxLon + margin && max(s.a.lon, s.b.lon) >= minLon - margin
                && min(s.a.lat, s.b.lat) <= maxLat + margin && max(s.a.lat, s.b.lat) >= minLat - margin
        }

        func contains(_ p: Position, margin: Double) -> Bool {
            p.lon >= minLon - margin && p.lon <= maxLon + margin && p.lat >= minLat - margin && p.lat <= maxLat + margin
        }
    }

    struct Segment {
        var a: Position, b: Position
    }

    /// A vertex as its exact bits: identical means identical.
    struct Key: Hashable {
        var lon: UInt64, lat: UInt64
        init(_ p: Position) { lon = (p.lon + 0).bitPattern; lat = (p.lat + 0).bitPattern }
    }

    static func isClean(_ first: Geometry, _ second: Geometry, in box: Box, margin: Double) -> Bool {
        guard let a = singlePolygon(first), let b = singlePolygon(second),
              let shared = sharedRun(a, b, in: box, margin: margin) else { return false }
        guard farApart(a, b, except: shared, in: box, margin: margin) else { return false }
        // Neither inside the other: a vertex of each off the run lies outside the other's outer ring.
        guard let outsideA = a[0].indices.dropLast().first(where: { !shared.first.contains($0) }),
              let outsideB = b[0].indices.dropLast().first(where: { !shared.second.contains($0) }) else { return false }
        return !inside(a[0][outsideA], ring: b[0]) && !inside(b[0][outsideB], ring: a[0])
    }

    static func singlePolygon(_ geometry: Geometry) -> PolygonCoordinates? {
        switch geometry {
        case let .polygon(p): p.first.map { $0.count >= 4 } == true ? p : nil
        case let .multiPolygon(ps): ps.count == 1 && ps[0].first.map { $0.count >= 4 } == true ? ps[0] : nil
        default: nil
        }
    }

    /// The indices (in each outer ring) of the vertices both outlines have, when they form one
    /// run joined by edges both have; nil when not (a shared vertex on a hole, a vertex twice,
    /// two runs, or every vertex shared).
    static func sharedRun(_ a: PolygonCoordinates, _ b: PolygonCoordinates, in box: Box,
                          margin: Double) -> (first: Set<Int>, second: Set<Int>)? {
        var vertices: [Key: (ring: Int, index: Int)] = [:]
        for (r, ring) in a.enumerated() {
            for i in ring.indices.dropLast() where box.contains(ring[i], margin: margin) {
                guard vertices.updateValue((r, i), forKey: Key(ring[i])) == nil else { return nil }
            }
        }
        var aToB: [Int: Int] = [:]
        var seen = Set<Key>()
        for (r, ring) in b.enumerated() {
            for j in ring.indices.dropLast() where box.contains(ring[j], margin: margin) {
                let key = Key(ring[j])
                guard seen.insert(key).inserted else { return nil }
                guard let hit = vertices[key] else { continue }
                guard hit.ring == 0, r == 0 else { return nil }
                aToB[hit.index] = j
            }
        }
        let n = a[0].count - 1, m = b[0].count - 1
        guard aToB.count < n, aToB.count < m else { return nil }
        var edges = 0
        for (i, j) in aToB {
            guard let k = aToB[(i + 1) % n] else { continue }
            guard (j + 1) % m == k || (k + 1) % m == j else { return nil }
            edges += 1
        }
        guard aToB.isEmpty || edges == aToB.count - 1 else { return nil }
        return (Set(aToB.keys), Set(aToB.values))
    }

    /// Whether every segment of one outline near the box stays farther than `margin` from every
    /// segment of the other, but where both end at the same vertex or are the same edge.
    static func farApart(_ a: PolygonCoordinates, _ b: PolygonCoordinates, except shared: (first: Set<Int>, second: Set<Int>),
                         in box: Box, margin: Double) -> Bool {
        let first = segments(a, in: box, margin: margin), second = segments(b, in: box, margin: margin)
        guard !first.isEmpty, !second.isEmpty else { return true }
        let grid = SegmentGrid(second, box: box, margin: margin)
        for s in first {
            for index in grid.candidates(near: s) {
                guard apart(s, second[index], margin: margin) else { return false }
            }
        }
        return true
    }

    static func segments(_ polygon: PolygonCoordinates, in box: Box, margin: Double) -> [Segment] {
        var segments: [Segment] = []
        for ring in polygon {
            for i in ring.indices.dropLast() {
                let s = Segment(a: ring[i], b: ring[i + 1])
                if box.meets(s, margin: margin) { segments.append(s) }
            }
        }
        return segments
    }

    static func apart(_ s: Segment, _ t: Segment, margin: Double) -> Bool {
        let sa = Key(s.a), sb = Key(s.b), ta = Key(t.a), tb = Key(t.b)
        if (sa == ta && sb == tb) || (sa == tb && sb == ta) { return true }
        if sa == ta { return distance(s.b, t) > margin && distance(t.b, s) > margin }
        if sa == tb { return distance(s.b, t) > margin && distance(t.a, s) > margin }
        if sb == ta { return distance(s.a, t) > margin && distance(t.b, s) > margin }
        if sb == tb { return distance(s.a, t) > margin && distance(t.a, s) > margin }
        let o1 = orientation(s.a, s.b, t.a), o2 = orientation(s.a, s.b, t.b)
        let o3 = orientation(t.a, t.b, s.a), o4 = orientation(t.a, t.b, s.b)
        if o1 * o2 <= 0 && o3 * o4 <= 0 { return false }
        return min(distance(s.a, t), distance(s.b, t), distance(t.a, s), distance(t.b, s)) > margin
    }

    static func orientation(_ p: Position, _ q: Position, _ r: Position) -> Double {
        let value = (q.lon - p.lon) * (r.lat - p.lat) - (q.lat - p.lat) * (r.lon - p.lon)
        return value > 0 ? 1 : value < 0 ? -1 : 0
    }

    static func distance(_ p: Position, _ s: Segment) -> Double {
        let dx = s.b.lon - s.a.lon, dy = s.b.lat - s.a.lat
        let length2 = dx * dx + dy * dy
        let t = length2 > 0 ? min(1, max(0, ((p.lon - s.a.lon) * dx + (p.lat - s.a.lat) * dy) / length2)) : 0
        let ex = s.a.lon + t * dx - p.lon, ey = s.a.lat + t * dy - p.lat
        return (ex * ex + ey * ey).squareRoot()
    }

    /// Even-odd ray casting on a closed ring.
    static func inside(_ p: Position, ring: [Position]) -> Bool {
        var inside = false
        for i in ring.indices.dropLast() {
            let a = ring[i], b = ring[i + 1]
            if (a.lat > p.lat) != (b.lat > p.lat),
               p.lon < (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon {
                inside.toggle()
            }
        }
        return inside
    }
}

/// The segments of one outline in a grid over the pair's box, so each segment of the other
/// outline meets only its neighbours.
struct SegmentGrid {
    private let frame: Frame
    private let cells: [[Int]]

    /// Which cells a segment's box (widened by the margin) covers.
    struct Frame {
        var minLon, minLat, cellWidth, cellHeight, margin: Double
        var side: Int

        func cells(of s: CleanContact.Segment) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
            func index(_ value: Double, _ origin: Double, _ size: Double) -> Int {
                min(side - 1, max(0, Int(max(-1, min(Double(side), ((value - origin) / size).rounded(.down))))))
            }
            let c0 = index(min(s.a.lon, s.b.lon) - margin, minLon, cellWidth), c1 = index(max(s.a.lon, s.b.lon) + margin, minLon, cellWidth)
            let r0 = index(min(s.a.lat, s.b.lat) - margin, minLat, cellHeight), r1 = index(max(s.a.lat, s.b.lat) + margin, minLat, cellHeight)
            return (c0...c1, r0...r1)
        }
    }

    init(_ segments: [CleanContact.Segment], box: CleanContact.Box, margin: Double) {
        let side = max(1, min(128, Int(Double(segments.count).squareRoot())))
        let frame = Frame(minLon: box.minLon - margin, minLat: box.minLat - margin,
                          cellWidth: max((box.maxLon - box.minLon + 2 * margin) / Double(side), .leastNormalMagnitude),
                          cellHeight: max((box.maxLat - box.minLat + 2 * margin) / Double(side), .leastNormalMagnitude),
                          margin: margin, side: side)
        var cells = [[Int]](repeating: [], count: side * side)
        for (index, s) in segments.enumerated() {
            let (columns, rows) = frame.cells(of: s)
            for r in rows {
                for c in columns { cells[r * side + c].append(index) }
            }
        }
        self.frame = frame
        self.cells = cells
    }

    func candidates(near s: CleanContact.Segment) -> [Int] {
        let (columns, rows) = frame.cells(of: s)
        var found: [Int] = []
        for r in rows {
            for c in columns { found.append(contentsOf: cells[r * frame.side + c]) }
        }
        return found
    }
}

/// The divisions' polygons decoded once per worker: a division is in about seven pairs.
struct OutlineCache {
    private var geometries: [Int64: Geometry?] = [:]

    mutating func geometry(_ id: Int64, in db: Database) throws -> Geometry? {
        if let known = geometries[id] { return known }
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT geom FROM \"divisions\" WHERE id = ?"), arguments: [id])
        let geometry = try row?.geometry(atIndex: 0)
        geometries[id] = geometry
        return geometry
    }
}
