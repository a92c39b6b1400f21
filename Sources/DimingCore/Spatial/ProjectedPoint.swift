import GRDB

/// A point in CGCS2000 Gauss-Krüger metres, as a surveyor or the map reads it beside lon/lat.
public struct ProjectedPoint: Sendable, Equatable {
    public var projection: GaussKruger
    /// Metres east, with the 500 000 m false easting and no zone prefix.
    public var easting: Double
    /// Metres north of the equator.
    public var northing: Double

    public init(projection: GaussKruger, easting: Double, northing: Double) {
        self.projection = projection
        self.easting = easting
        self.northing = northing
    }

    /// `position` projected through PROJ (`ST_Transform`), in the zone of the `metric_srid`
    /// setting, else the zone whose central meridian is nearest the point; nil when PROJ gives
    /// no finite result (a point far outside the zone, such as 0°, 0° in the zone of 75°E).
    public static func gaussKruger(_ position: Position, in db: Database) throws -> ProjectedPoint? {
        let projection = try SettingsStore.value(.metricSRID, in: db).flatMap(Int32.init).flatMap(GaussKruger.init(epsg:))
            ?? GaussKruger(zoneForLongitude: position.lon)
        let row = try Row.fetchOne(db, sql: """
            SELECT X(p) AS easting, Y(p) AS northing FROM (SELECT ST_Transform(MakePoint(?, ?, ?), ?) AS p)
            """, arguments: [position.lon, position.lat, SpatialReference.storageSRID, projection.epsg])
        guard let row, let easting = row["easting"] as Double?, let northing = row["northing"] as Double?,
              easting.isFinite, northing.isFinite else { return nil }
        return ProjectedPoint(projection: projection, easting: easting, northing: northing)
    }

    /// ``gaussKruger(_:in:)`` in a read of its own, for the command line.
    public static func gaussKruger(_ position: Position, in database: DimingDatabase) throws -> ProjectedPoint? {
        try database.pool.read { db in try gaussKruger(position, in: db) }
    }

    /// ``gaussKruger(_:in:)`` through the async API, for the server.
    public static func gaussKruger(_ position: Position, in database: DimingDatabase) async throws -> ProjectedPoint? {
        try await database.pool.read { db in try gaussKruger(position, in: db) }
    }
}
