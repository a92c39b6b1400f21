import GRDB

/// Point → division, in memory: every division prepared once (``PreparedPolygon``) and found
/// through a uniform grid over their extents, so that a point costs a grid lookup and a few
/// edge tests — not one SQL query per point.
///
/// The smallest division wins: candidates are tried deepest level first (village, township,
/// county …), and the first that contains the point is the answer.
public final class Locator: Sendable {
    public let divisions: [DivisionSummary]
    private let polygons: [PreparedPolygon]
    private let grid: GridIndex
    private let byCode: [String: Int]

    /// Within this many degrees (about 1 cm) of a border, a point is reported as on it.
    public static let borderTolerance = 1e-7

    /// Loads every division from the database; decoding the SpatiaLite BLOBs directly.
    public static func load(from db: Database) throws -> Locator {
        var divisions = [DivisionSummary]()
        var polygons = [PreparedPolygon]()
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
            divisions.append(DivisionSummary(code: code, name: try row.decode(forColumn: Columns.name), level: level,
                                             parent: try row.decode(forColumn: Columns.parent)))
            polygons.append(PreparedPolygon(parts))
        }
        return Locator(divisions: divisions, polygons: polygons)
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
        // Deepest level first in every cell, so that the first hit is the smallest division.
        let order = divisions.indices.sorted { divisions[$0].level.depth > divisions[$1].level.depth }
        grid = GridIndex(boxes: order.map { polygons[$0].boundingBox }, ids: order.map(Int32.init))
        byCode = Dictionary(divisions.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The index (into ``divisions``) of the smallest division containing the point, or nil.
    @inline(__always)
    public func smallestDivisionIndex(lon: Double, lat: Double) -> Int? {
        grid.firstCandidate(lon: lon, lat: lat) { polygons[Int($0)].contains(lon, lat) }.map(Int.init)
    }

    /// The chain of divisions containing `position`, smallest first, and the neighbours whose
    /// border it lies on.
    public func locate(_ position: Position) -> LocateResult {
        guard let index = smallestDivisionIndex(lon: position.lon, lat: position.lat) else {
            return LocateResult(position: position, chain: [], onBorderWith: [])
        }
        var chain = [divisions[index]]
        var seen: Set<String> = [divisions[index].code]
        while let parent = chain.last?.parent, let next = byCode[parent], seen.insert(parent).inserted {
            chain.append(divisions[next])
        }
        let level = divisions[index].level
        let tolerance = Self.borderTolerance
        let near = BoundingBox(minLon: position.lon - tolerance, minLat: position.lat - tolerance,
                               maxLon: position.lon + tolerance, maxLat: position.lat + tolerance)
        let neighbours = divisions.indices.filter { i in
            i != index && divisions[i].level == level && polygons[i].boundingBox.intersects(near)
                && polygons[i].distanceToBoundary(position) <= tolerance
        }
        return LocateResult(position: position, chain: chain, onBorderWith: neighbours.map { divisions[$0] })
    }
}
