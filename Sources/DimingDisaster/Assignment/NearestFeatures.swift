import DimingCore
import Foundation
import GRDB

/// What lies near a report's point: the nearest house number, road and open shelter, each
/// with its geodesic distance in metres (SpatiaLite `ST_Distance(a, b, 1)` on the CGCS2000
/// ellipsoid, measured as SpatiaLite measures it). The search runs in memory (``NearbyIndex``,
/// kept per file by ``NearbyCache`` between reports), with no SQL once the layers are loaded.
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

        public func address(lon: Double, lat: Double) -> Hit? { nearest(addresses, lon: lon, lat: lat) }

        public func road(lon: Double, lat: Double) -> Hit? { nearest(roads, lon: lon, lat: lat) }

        public func shelter(lon: Double, lat: Double) -> Hit? { nearest(shelters, lon: lon, lat: lat) }
    }

    /// The nearest house number, labelled as on its plate: `人民大道12号附1`.
    public static func address(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        nearest(try index(Layer.addresses, label: addressLabel, in: db), lon: lon, lat: lat)
    }

    /// The nearest road, by the distance to its line (not to its first vertex).
    public static func road(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        nearest(try index(Layer.roads, label: "\"name\"", in: db), lon: lon, lat: lat)
    }

    /// The nearest open shelter.
    public static func shelter(lon: Double, lat: Double, in db: Database) throws -> Hit? {
        nearest(try index(Layer.shelters, label: "\"name\"", condition: try openShelters(in: db), in: db), lon: lon, lat: lat)
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

    /// The nearest feature of the index, its metres rounded to 0.1 m.
    static func nearest(_ index: NearbyIndex, lon: Double, lat: Double) -> Hit? {
        guard let hit = index.nearest(lon: lon, lat: lat, maximumMetres: maximumMetres) else { return nil }
        return Hit(label: index.labels[hit.index], metres: (hit.metres * 10).rounded() / 10)
    }
}
