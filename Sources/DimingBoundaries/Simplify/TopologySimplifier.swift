import DimingCore

/// Simplifies every arc of an ``ArcTopology`` once, by Douglas–Peucker in metres with the
/// junctions fixed, so that each border is the same line in both neighbours.
///
/// No ring disappears: a ring that meets no other keeps at least a triangle, and a ring whose
/// arcs would fold onto a line keeps an interior vertex of each of its arcs (the farthest).
struct TopologySimplifier: Sendable {
    let topology: ArcTopology

    init(_ shapes: [TopologyShape]) {
        topology = ArcTopology(shapes)
    }

    /// The vertex ids kept along each arc; `tolerance(arc)` in metres (an arc may be given a
    /// smaller one, down to 0, to undo what made a shape invalid).
    func simplify(tolerance: (Int) -> Double) -> [[Int]] {
        var minimumInterior = topology.arcs.map { $0.first == $0.last ? 2 : 0 }
        var kept = topology.arcs.indices.map { keep($0, max(0, tolerance($0)), minimumInterior[$0]) }
        for _ in 0..<3 {
            var raised: Set<Int> = []
            for (shapeIndex, shape) in topology.paths.enumerated() where topology.closed[shapeIndex] {
                for part in shape {
                    for case let .arcs(uses) in part where Set(ArcTopology.join(uses, kept)).count < 3 {
                        for use in uses where minimumInterior[use.arc] < (uses.count == 1 ? 2 : 1) {
                            minimumInterior[use.arc] = uses.count == 1 ? 2 : 1
                            raised.insert(use.arc)
                        }
                    }
                }
            }
            if raised.isEmpty { break }
            for arc in raised { kept[arc] = keep(arc, max(0, tolerance(arc)), minimumInterior[arc]) }
        }
        return kept
    }

    private func keep(_ arc: Int, _ tolerance: Double, _ minimumInterior: Int) -> [Int] {
        let ids = topology.arcs[arc]
        let points = ids.map { topology.vertices[$0].planar }
        return DouglasPeucker.keep(points, tolerance: tolerance, minimumInterior: minimumInterior).map { ids[$0] }
    }
}
