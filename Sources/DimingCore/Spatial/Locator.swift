import GRDB

/// Point → division, in memory: every division prepared once (``PreparedPolygon``) and found
/// through a uniform grid over their extents, so that a point costs a grid lookup and a few
/// edge tests — not one SQL query per point.
///
/// **One owner at every level.** A point is placed top-down: among the outermost divisions
/// of the data (those whose parent is not loaded), then among the children of the division
/// chosen one level up, and so on while children are loaded. At each step the owner is:
///
/// 1. a division containing the point by the half-open rule of ``PreparedPolygon`` (a point on
///    a border shared exactly by two divisions belongs to the one east of a north-south edge,
///    north of an east-west one; a shared vertex to the one north-east of it);
/// 2. else a division whose outline passes within ``borderTolerance`` of the point: the
///    outer edge of the data is closed (a point on the outline of the outermost divisions is
///    inside them, and one on a county's outline gets one of its townships too), and noise
///    between outlines that should coincide (a vertex computed twice, 1e-15° apart) never
///    leaves a point without a division;
///
/// ties going to the deeper level, then to the nearer outline, then to the smaller code. So
/// the chain (township → county → city) is consistent by construction: each the parent of
/// the one before.
///
/// **On a border.** Every other candidate of a step whose outline passes within
/// ``borderTolerance`` is a neighbour across the border (a county at the county step, a
/// township at the township step); the point is on a border when it has neighbours or lies
/// on its owner's outline (the outer edge of the data has no neighbour).
///
/// **Fast path.** The first division, deepest level first, that contains the point by the
/// half-open rule is the answer when neither it nor a deeper candidate has an outline within
/// ``borderTolerance``: the top-down walk would give the same chain when the data nest. Only
/// points within a centimetre of an outline take the walk.
public final class Locator: Sendable {
    /// Sorted by code, so that index order is code order.
    public let divisions: [DivisionSummary]
    private let polygons: [PreparedPolygon]
    /// The index of each division's parent, or -1 when the parent is not loaded.
    private let parentIndex: [Int32]
    private let grid: GridIndex

    /// Within this many degrees (about 1 cm) of an outline, a point is on it.
    public static let borderTolerance = 1e-7

    /// Loads every division from the database; decoding the SpatiaLite BLOBs directly.
    public static func load(from db: Database) throws -> Locator {
        var loaded = [(DivisionSummary, PreparedPolygon)]()
        let rows = try Table(Layer.divisions.name)
            .select(Columns.code, Columns.name, Columns.level, Columns.parent, Columns.geometry)
            .fetchCursor(db)
        while let row = try rows.next() {
            guard let geometry = try row.geometry(at: Columns.geometry) else { continue }
            let parts: [PolygonCoordinates]
            switch geometry {
            case let .multiPolygon(p): parts = p
            case let .polygon(p): parts = [p]
            default: continue
            }
            let code: String = try row.decode(forColumn: Columns.code)
            let levelName: String? = try row.decode(forColumn: Columns.level)
            let level = levelName.flatMap(DivisionLevel.init(rawValue:)) ?? DivisionCode(code)?.level ?? .county
            loaded.append((DivisionSummary(code: code, name: try row.decode(forColumn: Columns.name), level: level,
                                           parent: try row.decode(forColumn: Columns.parent)),
                           PreparedPolygon(parts, margin: borderTolerance)))
        }
        loaded.sort { $0.0.code < $1.0.code }
        return Locator(divisions: loaded.map(\.0), polygons: loaded.map(\.1))
    }

    /// The columns of the divisions layer the locator reads.
    private enum Columns {
        static let code = Column("code")
        static let name = Column("name")
        static let level = Column("level")
        static let parent = Column("parent")
        static let geometry = Column(Layer.geometryColumn)
    }

    public static func load(from database: DimingDatabase) throws -> Locator {
        try database.pool.read { db in try load(from: db) }
    }

    init(divisions: [DivisionSummary], polygons: [PreparedPolygon]) {
        self.divisions = divisions
        self.polygons = polygons
        let byCode = Dictionary(divisions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        parentIndex = divisions.map { division in division.parent.flatMap { byCode[$0] }.map(Int32.init) ?? -1 }
        // Deepest level first in every cell, then code order, so that the first hit is the
        // smallest division and ties go as in the walk. Boxes are widened by the tolerance so
        // that a point on an outline finds that division in its cell.
        let order = divisions.indices.sorted { a, b in
            let (da, db) = (divisions[a].level.depth, divisions[b].level.depth)
            return da != db ? da > db : a < b
        }
        let t = Self.borderTolerance
        grid = GridIndex(boxes: order.map { i in
            let box = polygons[i].boundingBox
            return BoundingBox(minLon: box.minLon - t, minLat: box.minLat - t, maxLon: box.maxLon + t, maxLat: box.maxLat + t)
        }, ids: order.map(Int32.init))
    }

    /// Where the fast path leaves a point.
    enum QuickPlace: Equatable {
        /// No division contains the point and no outline passes near it.
        case outside
        /// Inside this division, farther than the tolerance from every outline that matters.
        case inside(Int)
        /// Near an outline: ask ``place(lon:lat:)``.
        case nearBorder
    }

    /// The fast path: one grid cell, the candidates deepest first, stopping at the first that
    /// contains the point or has an outline near it.
    @inline(__always)
    func quickPlace(lon: Double, lat: Double) -> QuickPlace {
        var near = false
        let found = grid.firstCandidate(lon: lon, lat: lat) { id in
            let polygon = polygons[Int(id)]
            let quick = polygon.quickProbe(lon, lat)
            if quick.maybeNear, polygon.probe(lon, lat).near { near = true }
            return quick.inside || near
        }
        if near { return .nearBorder }
        return found.map { .inside(Int($0)) } ?? .outside
    }

    /// A point's place, as indices into ``divisions``.
    public struct Place: Sendable, Equatable {
        /// The owner at every level, smallest first.
        public var chain: [Int]
        public var onBorder: Bool
        /// The divisions across the border, deepest level first.
        public var neighbours: [Int]
    }

    /// The index (into ``divisions``) of the smallest division the point belongs to, or nil.
    public func smallestDivisionIndex(lon: Double, lat: Double) -> Int? {
        place(lon: lon, lat: lat).chain.first
    }

    /// The point's owner at every level and its neighbours across a border (see the rules above).
    public func place(lon: Double, lat: Double) -> Place {
        switch quickPlace(lon: lon, lat: lat) {
        case .outside: return Place(chain: [], onBorder: false, neighbours: [])
        case let .inside(index): return Place(chain: ancestry(of: index), onBorder: false, neighbours: [])
        case .nearBorder: return walk(lon: lon, lat: lat)
        }
    }

    /// `index` and its loaded parents, smallest first.
    private func ancestry(of index: Int) -> [Int] {
        var chain = [index]
        var next = Int(parentIndex[index])
        while next >= 0, chain.count <= divisions.count {
            chain.append(next)
            next = Int(parentIndex[next])
        }
        return chain
    }

    /// A candidate of one step of the walk.
    private struct Hit {
        var index: Int
        var inside: Bool
        var distanceSquared: Double
        var near: Bool { distanceSquared.isFinite }
    }

    /// The top-down walk: at each step the best candidate among the children of the owner one
    /// level up (the outermost divisions first).
    private func walk(lon: Double, lat: Double) -> Place {
        let hits: [Hit] = grid.candidates(lon: lon, lat: lat).compactMap { id in
            let probe = polygons[Int(id)].probe(lon, lat)
            return probe.inside || probe.near ? Hit(index: Int(id), inside: probe.inside, distanceSquared: probe.nearestSquared) : nil
        }
        var chain = [Int](), neighbours = [Int]()
        var onBorder = false
        var parent: Int32 = -1
        while chain.count <= divisions.count {
            let step = hits.filter { parentIndex[$0.index] == parent }
            guard let owner = step.min(by: ranksBefore) else { break }
            onBorder = onBorder || owner.near
            for hit in step where hit.near && hit.index != owner.index {
                neighbours.append(hit.index)
                onBorder = true
            }
            chain.append(owner.index)
            parent = Int32(owner.index)
        }
        neighbours.sort { a, b in
            let (da, db) = (divisions[a].level.depth, divisions[b].level.depth)
            return da != db ? da > db : a < b
        }
        return Place(chain: Array(chain.reversed()), onBorder: onBorder, neighbours: neighbours)
    }

    /// The owner's order: containing before touching, deeper level, nearer outline, smaller code.
    private func ranksBefore(_ a: Hit, _ b: Hit) -> Bool {
        if a.inside != b.inside { return a.inside }
        let (da, db) = (divisions[a.index].level.depth, divisions[b.index].level.depth)
        if da != db { return da > db }
        if !a.inside, a.distanceSquared != b.distanceSquared { return a.distanceSquared < b.distanceSquared }
        return a.index < b.index
    }

    /// The chain of divisions the point belongs to, smallest first, and the neighbours across
    /// the border it lies on.
    public func locate(_ position: Position) -> LocateResult {
        let place = place(lon: position.lon, lat: position.lat)
        return LocateResult(position: position, chain: place.chain.map { divisions[$0] }, onBorder: place.onBorder,
                            neighbours: place.neighbours.map { divisions[$0] })
    }
}
