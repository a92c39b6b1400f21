import DimingCore
import Foundation
import GRDB

/// One simplification over a set of shapes read from the database: each shape's stored
/// geometry (lon/lat) and the same in Gauss-Krüger metres (`ST_Transform`, vertex for vertex).
/// Points pass through unchanged.
struct SimplifyRun {
    /// How often a shape left invalid by the simplification has its arcs simplified again at
    /// half the tolerance before they are kept whole.
    static let repairRounds = 4

    struct Result {
        var geometries: [Geometry]
        var valid: [Bool]
        /// Indices of shapes whose arcs were simplified at a smaller tolerance to stay valid.
        var relaxed: [Int]
        var arcs: Int
        var sharedArcs: Int
    }

    static func run(_ shapes: [(stored: Geometry, planar: Geometry)], tolerance: Double, in db: Database) throws -> Result {
        var topologyIndex: [Int?] = []
        var inputs: [TopologyShape] = []
        for (stored, planar) in shapes {
            if let shape = topologyShape(stored, planar) {
                topologyIndex.append(inputs.count)
                inputs.append(shape)
            } else {
                topologyIndex.append(nil)
            }
        }
        let simplifier = TopologySimplifier(inputs)
        let topology = simplifier.topology
        var arcTolerance = [Double](repeating: tolerance, count: topology.arcs.count)
        var relaxed: Set<Int> = []
        var geometries: [Geometry] = []
        var valid: [Bool] = []
        for round in 0...repairRounds {
            let rebuilt = topology.rebuild(simplifier.simplify { arcTolerance[$0] })
            geometries = shapes.indices.map { i in
                topologyIndex[i].map { geometry(rebuilt[$0], like: shapes[i].stored) } ?? shapes[i].stored
            }
            valid = try geometries.map { try isValid($0, in: db) }
            let invalid = shapes.indices.filter { !valid[$0] && topologyIndex[$0] != nil }
            guard !invalid.isEmpty, round < repairRounds else { break }
            for i in invalid {
                relaxed.insert(i)
                for part in topology.paths[topologyIndex[i]!] {
                    for case let .arcs(uses) in part {
                        for use in uses { arcTolerance[use.arc] = round == repairRounds - 1 ? 0 : arcTolerance[use.arc] / 2 }
                    }
                }
            }
        }
        return Result(geometries: geometries, valid: valid, relaxed: relaxed.sorted(), arcs: topology.arcs.count,
                      sharedArcs: topology.useCounts.filter { $0 > 1 }.count)
    }

    /// SpatiaLite's (GEOS's) validity.
    static func isValid(_ geometry: Geometry, in db: Database) throws -> Bool {
        let blob = Data(SpatiaLiteBlob.encode(geometry, srid: SpatialReference.storageSRID))
        return try Int.fetchOne(db, sql: "SELECT ST_IsValid(?)", arguments: [blob]) == 1
    }

    private static func topologyShape(_ stored: Geometry, _ planar: Geometry) -> TopologyShape? {
        func vertices(_ a: [Position], _ b: [Position]) -> [TopologyVertex] {
            zip(a, b).map { TopologyVertex(position: $0, planar: PlanarPoint(x: $1.lon, y: $1.lat)) }
        }
        func rings(_ a: [[Position]], _ b: [[Position]]) -> [[TopologyVertex]] { zip(a, b).map(vertices) }
        switch (stored, planar) {
        case let (.polygon(a), .polygon(b)): return TopologyShape(closed: true, parts: [rings(a, b)])
        case let (.multiPolygon(a), .multiPolygon(b)): return TopologyShape(closed: true, parts: zip(a, b).map(rings))
        case let (.lineString(a), .lineString(b)): return TopologyShape(closed: false, parts: [[vertices(a, b)]])
        case let (.multiLineString(a), .multiLineString(b)): return TopologyShape(closed: false, parts: zip(a, b).map { [vertices($0, $1)] })
        default: return nil
        }
    }

    /// The rebuilt parts as the stored geometry's type, rings closed again.
    private static func geometry(_ parts: [[[Position]]], like stored: Geometry) -> Geometry {
        func closed(_ ring: [Position]) -> [Position] { ring.isEmpty || ring.first == ring.last ? ring : ring + [ring[0]] }
        switch stored {
        case .polygon: return .polygon(parts[0].map(closed))
        case .multiPolygon: return .multiPolygon(parts.map { $0.map(closed) })
        case .lineString: return .lineString(parts[0][0])
        default: return .multiLineString(parts.map { $0[0] })
        }
    }
}
