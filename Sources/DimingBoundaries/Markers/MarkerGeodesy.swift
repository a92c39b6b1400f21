import DimingCore
import GRDB

/// Plane ⇄ lon/lat for surveyed points, through SpatiaLite's `ST_Transform` (PROJ). SpatiaLite
/// takes and returns easting first, northing second; the surveyor's X is the northing.
enum MarkerGeodesy {
    /// The checked CRS of (`x`, `y`) and the point's lon/lat (CGCS2000, EPSG:4490).
    static func locate(x: Double, y: Double, epsg: Int32?, in db: Database) throws -> (SurveyedPoint, Position) {
        let crs = try MarkerCRSCheck.resolve(x: x, y: y, epsg: epsg)
        let row = try Row.fetchOne(db, sql: """
            SELECT X(p) AS lon, Y(p) AS lat FROM (SELECT ST_Transform(MakePoint(?, ?, ?), 4490) AS p)
            """, arguments: [y, x, crs.epsg])
        guard let lon: Double = row?["lon"], let lat: Double = row?["lat"] else { throw MarkersError.unknownEPSG(crs.epsg) }
        guard abs(lon - Double(crs.zone.centralMeridian)) <= 2 else {
            throw MarkersError.outOfZone(lon: lon, epsg: crs.epsg, centralMeridian: crs.zone.centralMeridian)
        }
        return (SurveyedPoint(x: x, y: y, epsg: crs.epsg), Position(lon: lon, lat: lat))
    }

    /// `point` in `target`'s plane (X northing, Y easting).
    static func project(_ point: Position, to target: Int32, in db: Database) throws -> (x: Double, y: Double) {
        let row = try Row.fetchOne(db, sql: """
            SELECT X(p) AS e, Y(p) AS n FROM (SELECT ST_Transform(MakePoint(?, ?, 4490), ?) AS p)
            """, arguments: [point.lon, point.lat, target])
        guard let e: Double = row?["e"], let n: Double = row?["n"] else { throw MarkersError.unknownEPSG(target) }
        return (n, e)
    }
}
