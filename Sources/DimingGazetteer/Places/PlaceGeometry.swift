import DimingCore
import Foundation
import GRDB

/// A place's geometry as the `places` table keeps it: `geom` the representative point every
/// client draws, `shape` the place's own line or polygon (nil for a point).
struct PlaceGeometry {
    var point: Position
    var pointBlob: Data
    var shapeBlob: Data?

    /// Checks `geometry` and finds its representative point (ST_PointOnSurface: on the line,
    /// inside the polygon).
    init(_ geometry: Geometry, in db: Database) throws {
        do { try geometry.validate() } catch { throw GazetteerError.invalidGeometry(.problem(error)) }
        let srid = SpatialReference.storageSRID
        if case let .point(p) = geometry {
            point = p
            shapeBlob = nil
        } else {
            let blob = Data(SpatiaLiteBlob.encode(geometry, srid: srid))
            let row = try Row.fetchOne(db, sql: """
                SELECT ST_IsValid(?1) AS valid, ST_IsValidReason(?1) AS reason, ST_X(ST_PointOnSurface(?1)) AS lon, ST_Y(ST_PointOnSurface(?1)) AS lat
                """, arguments: [blob])
            guard let row, row["valid"] as Int? == 1, let lon: Double = row["lon"], let lat: Double = row["lat"] else {
                let reason: String? = row?["reason"]
                throw GazetteerError.invalidGeometry(reason.map(Reason.verbatim) ?? Reason(GazetteerMessages.invalidGeometryTitle))
            }
            point = Position(lon: lon, lat: lat)
            shapeBlob = blob
        }
        pointBlob = Data(SpatiaLiteBlob.encode(.point(point), srid: srid))
    }
}
