import Foundation
@testable import DimingCore

/// Rectangles on a 1/64° grid (exact in binary, so points on their edges are exactly on them):
/// a city of two counties, one of them split into three townships that meet in a T-junction.
///
///     y=2 +-----+-----+-----+
///         |     |  C  |     |
///     y=1 |  A  +-----+ 429002 (no townships)
///         |     |  B  |     |
///     y=0 +-----+-----+-----+
///        x=0   x=1   x=2   x=3      A, B, C: 429001001…003 in 429001 (x 0–2); city 429000
enum SyntheticTiles {
    struct Tile {
        var code: String
        var level: DivisionLevel
        var parent: String?
        var x: ClosedRange<Double>
        var y: ClosedRange<Double>

        func contains(_ p: (x: Double, y: Double)) -> Bool { x.contains(p.x) && y.contains(p.y) }
        func touches(_ p: (x: Double, y: Double)) -> Bool {
            contains(p) && (p.x == x.lowerBound || p.x == x.upperBound || p.y == y.lowerBound || p.y == y.upperBound)
        }
        /// Strictly inside, or on the south or west edge but not the north or east one.
        func containsHalfOpen(_ p: (x: Double, y: Double)) -> Bool {
            p.x >= x.lowerBound && p.x < x.upperBound && p.y >= y.lowerBound && p.y < y.upperBound
        }
    }

    static let tiles = [
        Tile(code: "429000", level: .city, parent: nil, x: 0...3, y: 0...2),
        Tile(code: "429001", level: .county, parent: "429000", x: 0...2, y: 0...2),
        Tile(code: "429002", level: .county, parent: "429000", x: 2...3, y: 0...2),
        Tile(code: "429001001", level: .township, parent: "429001", x: 0...1, y: 0...2),
        Tile(code: "429001002", level: .township, parent: "429001", x: 1...2, y: 0...1),
        Tile(code: "429001003", level: .township, parent: "429001", x: 1...2, y: 1...2),
    ]

    static func position(_ p: (x: Double, y: Double)) -> Position { Position(lon: 111 + p.x / 64, lat: 30 + p.y / 64) }

    /// The tiles as a GeoJSON FeatureCollection of divisions.
    static var geoJSON: String {
        let features = tiles.map { tile in
            let corners = [(tile.x.lowerBound, tile.y.lowerBound), (tile.x.upperBound, tile.y.lowerBound),
                           (tile.x.upperBound, tile.y.upperBound), (tile.x.lowerBound, tile.y.upperBound),
                           (tile.x.lowerBound, tile.y.lowerBound)]
            let ring = corners.map { c -> String in
                let p = position((c.0, c.1))
                return "[\(p.lon),\(p.lat)]"
            }.joined(separator: ",")
            let parent = tile.parent.map { ",\"parent\":\"\($0)\"" } ?? ""
            return #"{"type":"Feature","properties":{"code":"\#(tile.code)","name":"T\#(tile.code)","level":"\#(tile.level.rawValue)"\#(parent)},"#
                + #""geometry":{"type":"Polygon","coordinates":[[\#(ring)]]}}"#
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
    }

    /// Every corner, edge midpoint and quarter point of every tile, and seeded random points
    /// on every edge (on the 1/1024 grid, so still exactly on it).
    static func borderPoints() -> [(x: Double, y: Double)] {
        var generator = SeededGenerator(seed: 8)
        var points = [(x: Double, y: Double)]()
        for tile in tiles {
            let (x0, x1, y0, y1) = (tile.x.lowerBound, tile.x.upperBound, tile.y.lowerBound, tile.y.upperBound)
            let edges = [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))]
            for (a, b) in edges {
                var fractions = [0, 0.25, 0.5, 0.75]
                for _ in 0..<20 { fractions.append(Double(Int.random(in: 1..<1024, using: &generator)) / 1024) }
                for t in fractions { points.append((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))) }
            }
        }
        return points
    }

    /// The owner the Locator's documented rule gives at `level` among `candidates` (the
    /// children of the owner one level up): the tile containing the point by the half-open
    /// rule, else (the north and east outline of the data, closed) the touching tile with the
    /// smallest code.
    static func expectedOwner(of p: (x: Double, y: Double), among candidates: [Tile]) -> Tile? {
        candidates.first { $0.containsHalfOpen(p) } ?? candidates.filter { $0.touches(p) }.min { $0.code < $1.code }
    }

    /// The expected chain (top-down) and neighbours per level.
    static func expected(_ p: (x: Double, y: Double)) -> (chain: [String], neighbours: Set<String>) {
        var chain = [String](), neighbours = Set<String>()
        var parent: String? = nil
        while true {
            let candidates = tiles.filter { $0.parent == parent }
            guard let owner = expectedOwner(of: p, among: candidates) else { break }
            chain.append(owner.code)
            neighbours.formUnion(candidates.filter { $0.code != owner.code && $0.touches(p) }.map(\.code))
            parent = owner.code
        }
        return (chain.reversed(), neighbours)
    }
}

/// SplitMix64: the same points on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
