import DimingCore

/// A vertex of a shape: its stored lon/lat and its Gauss-Krüger metres.
struct TopologyVertex: Sendable {
    var position: Position
    var planar: PlanarPoint
}

/// The shapes to simplify together: polygons (parts of rings) or lines (parts of one path).
struct TopologyShape: Sendable {
    var closed: Bool
    /// Polygons: `[polygon][ring][vertex]`, rings closed (last == first). Lines: `[line][0][vertex]`.
    var parts: [[[TopologyVertex]]]
}

/// TopoJSON-style arcs: every border two shapes share is stored once, so that simplifying
/// each arc once keeps neighbours identical along it — no gap, no overlap (boundary.md §4.3).
///
/// Vertices are identified on a 1e-7° grid (about 1 cm, the precision of the export); a
/// junction is a vertex whose neighbours differ between the paths through it (where a border
/// between two shapes ends), and the end of every line. Paths are cut at junctions into arcs;
/// an arc met again, forwards or backwards, is the same arc.
struct ArcTopology: Sendable {
    /// An arc as used by a path.
    struct Use: Sendable {
        var arc: Int
        var reversed: Bool
    }

    /// How a path is made: of arcs, or kept as given (fewer than 3 distinct vertices).
    enum Path: Sendable {
        case arcs([Use])
        case verbatim([Int])
    }

    let vertices: [TopologyVertex]
    /// Vertex ids along each arc; a closed arc (a ring meeting no other) starts and ends at the same vertex.
    let arcs: [[Int]]
    /// `[shape][part][path]`.
    let paths: [[[Path]]]
    let closed: [Bool]

    init(_ shapes: [TopologyShape]) {
        closed = shapes.map(\.closed)
        let (table, raw) = Self.identify(shapes)
        let junctions = Self.junctions(raw, closed: closed, vertexCount: table.count)
        var known: [[Int]: Use] = [:]
        var arcTable: [[Int]] = []
        var built: [[[Path]]] = []
        for (shapeIndex, parts) in raw.enumerated() {
            let isClosed = closed[shapeIndex]
            built.append(parts.map { part in
                part.map { sequence in
                    guard Set(sequence).count >= (isClosed ? 3 : 2) else { return .verbatim(sequence) }
                    return .arcs(Self.cut(sequence, closed: isClosed, at: junctions).map { arc in
                        Self.canonical(arc, known: &known, arcs: &arcTable)
                    })
                }
            })
        }
        vertices = table
        arcs = arcTable
        paths = built
    }

    /// Every distinct vertex once (by its grid cell, the first one met keeping its
    /// coordinates), and each path as vertex ids, repeats in a row dropped, rings not closed.
    private static func identify(_ shapes: [TopologyShape]) -> (vertices: [TopologyVertex], paths: [[[[Int]]]]) {
        var table: [TopologyVertex] = []
        var ids: [GridKey: Int] = [:]
        let paths = shapes.map { shape in
            shape.parts.map { part in
                part.map { path in
                    var sequence: [Int] = []
                    for vertex in path {
                        let key = GridKey(vertex.position)
                        let id: Int
                        if let known = ids[key] {
                            id = known
                        } else {
                            table.append(vertex)
                            id = table.count - 1
                            ids[key] = id
                        }
                        if sequence.last != id { sequence.append(id) }
                    }
                    if shape.closed, sequence.count > 1, sequence.first == sequence.last { sequence.removeLast() }
                    return sequence
                }
            }
        }
        return (table, paths)
    }

    /// The number of paths each arc is used by (2 for a border of two neighbours).
    var useCounts: [Int] {
        var counts = [Int](repeating: 0, count: arcs.count)
        for shape in paths { for part in shape { for case let .arcs(uses) in part { for use in uses { counts[use.arc] += 1 } } } }
        return counts
    }

    /// Vertex ids where the paths through a vertex do not agree on its two neighbours.
    private static func junctions(_ raw: [[[[Int]]]], closed: [Bool], vertexCount: Int) -> [Bool] {
        var junction = [Bool](repeating: false, count: vertexCount)
        var neighbours = [Neighbours?](repeating: nil, count: vertexCount)
        for (shapeIndex, parts) in raw.enumerated() {
            for part in parts {
                for sequence in part where !sequence.isEmpty {
                    let n = sequence.count
                    for i in 0..<n {
                        let isEnd = i == 0 || i == n - 1
                        if !closed[shapeIndex] && isEnd { junction[sequence[i]] = true; continue }
                        let pair = Neighbours(sequence[(i + n - 1) % n], sequence[(i + 1) % n])
                        if let seen = neighbours[sequence[i]] {
                            if seen != pair { junction[sequence[i]] = true }
                        } else {
                            neighbours[sequence[i]] = pair
                        }
                    }
                }
            }
        }
        return junction
    }

    /// The arcs of one path, each from a junction to the next (ends included).
    private static func cut(_ sequence: [Int], closed: Bool, at junction: [Bool]) -> [[Int]] {
        var path = sequence
        if closed {
            if let start = path.firstIndex(where: { junction[$0] }) {
                path = Array(path[start...] + path[..<start])
            } else if let start = path.indices.min(by: { path[$0] < path[$1] }) {
                // No junction: one closed arc, started at its smallest id so that a neighbour's
                // copy of the same ring (an enclave's hole) starts at the same vertex.
                path = Array(path[start...] + path[..<start])
            }
            path.append(path[0])
        }
        var arcs: [[Int]] = []
        var current = [path[0]]
        for id in path.dropFirst() {
            current.append(id)
            if junction[id] { arcs.append(current); current = [id] }
        }
        if current.count > 1 { arcs.append(current) }
        return arcs
    }

    /// The arc `sequence` as a use of the one stored arc for it, stored when new.
    private static func canonical(_ sequence: [Int], known: inout [[Int]: Use], arcs: inout [[Int]]) -> Use {
        if let use = known[sequence] { return use }
        arcs.append(sequence)
        let use = Use(arc: arcs.count - 1, reversed: false)
        known[sequence] = use
        let backwards = Array(sequence.reversed())
        if known[backwards] == nil { known[backwards] = Use(arc: use.arc, reversed: true) }
        return use
    }

    /// Rebuilds every shape from arcs simplified to `kept` (vertex ids along each arc).
    func rebuild(_ kept: [[Int]]) -> [[[[Position]]]] {
        paths.map { parts in
            parts.map { part in
                part.map { path in
                    var ids: [Int]
                    switch path {
                    case let .verbatim(sequence): ids = sequence
                    case let .arcs(uses): ids = Self.join(uses, kept)
                    }
                    return ids.map { vertices[$0].position }
                }
            }
        }
    }

    /// The vertex ids of a path made of `uses`, each joint once.
    static func join(_ uses: [Use], _ kept: [[Int]]) -> [Int] {
        var ids: [Int] = []
        for use in uses {
            let arc = use.reversed ? kept[use.arc].reversed() : kept[use.arc]
            ids += ids.isEmpty ? arc : Array(arc.dropFirst())
        }
        return ids
    }
}

/// A position on the 1e-7° grid.
private struct GridKey: Hashable {
    var lon: Int64
    var lat: Int64

    init(_ p: Position) {
        lon = Int64((p.lon * 1e7).rounded())
        lat = Int64((p.lat * 1e7).rounded())
    }
}

/// The two neighbours of a vertex in a path, in either order.
private struct Neighbours: Equatable {
    var a: Int
    var b: Int

    init(_ x: Int, _ y: Int) { a = min(x, y); b = max(x, y) }
}
