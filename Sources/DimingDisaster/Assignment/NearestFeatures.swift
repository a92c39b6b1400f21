import DimingCore
import Foundation
import GRDB

/// What lies near a report's point: the nearest house number, road and open shelter, each
/// with its geodesic distance in metres (SpatiaLite `ST_Distance(a, b, 1)` on the CGCS2000
/// ellipsoid). The search runs in memory (``NearbyIndex``, kept per file by ``NearbyCache``
/// between reports); only the last few candidates are measured by SpatiaLite, one row each.
/// Nothing within ``maximumMetres`` gives nil. (This SpatiaLite, 5.0, has no VirtualKNN2.)
public enum NearestFeatures {
    /// Beyond this a feature is not "near": a point in the hills 8 km from the town gets none.
    public static let maximumMetres = 5_000.0

    /// One nearest feature: its label and distance in metres.
    public struct Hit: Sendable, Equatable {
        public var label: String
        public var metres: Double
    }

    /// The three layers a report is placed against, in memory.
    public struct Layers: Sendable {
        let addresses: NearbyIndex
        let roads: NearbyIndex
        let shelters: NearbyIndex

        /// The layers the tag of ``NearbyCache`` follows.
        static let names = [Layer.addresses.name, Layer.roads.name, Layer.shelters.name]

        public static func load(from db: Database) throws -> Layers {
            try Layers(addresses: index(Layer.addresses, label: addressLabel, in: db), roads: index(Layer.roads, label: "\"name\"", in: db),
                       shelters: index(Layer.shelters, label: "\"name\"", condition: try openShelters(in: db), in: db))
        }

        public func address(lon: Double, lat: Double, in db: Database) throws -> Hit? {
            try nearest(addresses, Layer.addresses, lon: lon, lat: lat, in: db)
        }

        public func road(lon: Double, lat: Double, in db: Database) throws -> Hit? {
            try nearest(roads, Layer.roads, lon: lon, lat: lat, in: db)
        }

        public func shelter(lon: Double, lat: Double, in db: Database) throws -> Hit? {
            try nearest(shelters, Layer.shelters, lon: lon, lat: lat, in: db)
        }
    }

    /// The nearest house number, labelled as on its plate: `人民大道12号附1`.
    public static func address(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        try nearest(index(Layer.addresses, label: addressLabel, in: db), Layer.addresses, lon: lon, lat: lat, in: db)
    }

    /// The nearest road, by the distance to its line (not to its first vertex).
    public static func road(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        try nearest(index(Layer.roads, label: "\"name\"", in: db), Layer.roads, lon: lon, lat: lat, in: db)
    }

    /// The nearest open shelter.
    public static func shelter(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        try nearest(index(Layer.shelters, label: "\"name\"", condition: try openShelters(in: db), in: db), Layer.shelters,
                    lon: lon, lat: lat, in: db)
    }

    static let addressLabel = """
        coalesce("road", '') || CAST("number" AS TEXT) || '号' || coalesce("suffix", '')
        """

    /// The core `shelters` layer has no status column, so every shelter counts as open; a file
    /// whose shelters carry a `status` column skips those marked `closed`.
    static func openShelters(in db: Database) throws -> String? {
        try db.columns(in: Layer.shelters.name).contains { $0.name == "status" } ? "coalesce(\"status\", '') <> 'closed'" : nil
    }

    /// Every row of `layer` with a geometry, in memory.
    static func index(_ layer: Layer, label: String, condition: String? = nil, in db: Database) throws -> NearbyIndex {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, \(label) AS label, geom FROM \(layer.name.quotedDatabaseIdentifier)
            WHERE geom IS NOT NULL \(condition.map { "AND \($0)" } ?? "") ORDER BY id
            """)
        var features: [NearbyIndex.Feature] = []
        while let row = try rows.next() {
            let parts: [[Position]] = switch try row.geometry(at: Column("geom")) {
            case let .point(p)?: [[p]]
            case let .multiPoint(points)?: points.map { [$0] }
            case let .lineString(line)?: [line]
            case let .multiLineString(lines)?: lines
            case let .polygon(rings)?: rings
            case let .multiPolygon(polygons)?: polygons.flatMap { $0 }
            case nil: []
            }
            features.append(.init(id: row["id"], label: row["label"] ?? "", parts: parts))
        }
        return NearbyIndex(features: features)
    }

    /// The nearest of the index's candidates, measured on the ellipsoid by SpatiaLite; ties go to the lower id.
    static func nearest(_ index: NearbyIndex, _ layer: Layer, lon: Double, lat: Double, in db: Database) throws -> Hit? {
        let candidates = index.candidates(lon: lon, lat: lat, maximumMetres: maximumMetres)
        guard !candidates.isEmpty else { return nil }
        let statement = try db.cachedStatement(sql: """
            SELECT ST_Distance(geom, MakePoint(?, ?, \(SpatialReference.storageSRID)), 1) FROM \(layer.name.quotedDatabaseIdentifier) WHERE id = ?
            """)
        var best: (metres: Double, id: Int64, label: String)?
        for candidate in candidates {
            let id = index.ids[candidate]
            guard let metres = try Double.fetchOne(statement, arguments: [lon, lat, id]) else { continue }
            if best.map({ (metres, id) < ($0.metres, $0.id) }) ?? true { best = (metres, id, index.labels[candidate]) }
        }
        guard let best, best.metres <= maximumMetres else { return nil }
        return Hit(label: best.label, metres: (best.metres * 10).rounded() / 10)
    }
}
