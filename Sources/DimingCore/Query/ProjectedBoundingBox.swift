import GRDB

/// A box in a projected CRS (a CGCS2000 Gauss-Krüger zone), as OGC API Part 2's `bbox-crs`
/// gives it, turned into the lon/lat box that holds it for the spatial index.
public struct ProjectedBoundingBox: Hashable, Sendable {
    public var srid: Int32
    public var minEasting: Double
    public var minNorthing: Double
    public var maxEasting: Double
    public var maxNorthing: Double

    public init(srid: Int32, minEasting: Double, minNorthing: Double, maxEasting: Double, maxNorthing: Double) {
        self.srid = srid
        self.minEasting = minEasting
        self.minNorthing = minNorthing
        self.maxEasting = maxEasting
        self.maxNorthing = maxNorthing
    }

    /// The lon/lat envelope of the box transformed through PROJ. Its edges are curves in
    /// lon/lat, so each is cut into 16 pieces before the envelope is taken; a box PROJ cannot
    /// transform (far outside its zone) is refused like a malformed bbox.
    func lonLat(in db: Database) throws -> BoundingBox {
        let steps = 16
        var ring: [(Double, Double)] = []
        func edge(_ from: (Double, Double), _ to: (Double, Double)) {
            for i in 0..<steps {
                let t = Double(i) / Double(steps)
                ring.append((from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t))
            }
        }
        let corners = [(minEasting, minNorthing), (maxEasting, minNorthing), (maxEasting, maxNorthing), (minEasting, maxNorthing)]
        for i in 0..<4 { edge(corners[i], corners[(i + 1) % 4]) }
        ring.append(ring[0])
        let wkt = "POLYGON((" + ring.map { "\($0.0) \($0.1)" }.joined(separator: ",") + "))"
        let row = try Row.fetchOne(db, sql: """
            SELECT MbrMinX(g), MbrMinY(g), MbrMaxX(g), MbrMaxY(g) FROM (SELECT ST_Transform(GeomFromText(?, ?), ?) AS g)
            """, arguments: [wkt, srid, SpatialReference.storageSRID])
        guard let row, let minLon = row[0] as Double?, let minLat = row[1] as Double?, let maxLon = row[2] as Double?, let maxLat = row[3] as Double?,
              [minLon, minLat, maxLon, maxLat].allSatisfy(\.isFinite)
        else {
            throw QueryError.invalidParameter("bbox", reason: Reason(QueryMessages.notProjectedBox, ["srid": String(srid)]))
        }
        return BoundingBox(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
    }
}

extension FeatureQuery {
    /// The query with its projected box turned into lon/lat (``bbox``), so that a box PROJ
    /// cannot transform is refused (400) before a streamed response has begun.
    public func resolvingProjectedBBox(in db: Database) throws -> FeatureQuery {
        guard let box = projectedBBox else { return self }
        var query = self
        query.bbox = try box.lonLat(in: db)
        query.projectedBBox = nil
        return query
    }
}
