import DimingCore
import Foundation
import GRDB

/// Area (m², Gauss-Krüger), widest place and a point inside one gap or overlap part.
struct SliverMeasure {
    var areaM2: Double
    var widthM: Double
    var location: Position
    /// How close the sliver comes to each side's outline.
    var nearestFirstM: Double
    var nearestSecondM: Double

    /// Whether the sliver lies between the two sides: it reaches both (within the tolerance
    /// and a millimetre of rounding).
    func touchesBoth(tolerance: Double) -> Bool {
        nearestFirstM <= tolerance + 0.001 && nearestSecondM <= tolerance + 0.001
    }

    /// `part` (lon/lat) between two sides' outlines (lon/lat), measured in `zone`.
    static func measure(_ part: PolygonCoordinates, first: Geometry, second: Geometry, zone: GaussKruger,
                        in db: Database) throws -> SliverMeasure? {
        let blob = Data(SpatiaLiteBlob.encode(.polygon(part), srid: 4490))
        let statement = try db.cachedStatement(sql: """
            SELECT ST_Area(ST_Transform(p, :srid)), X(ST_PointOnSurface(p)), Y(ST_PointOnSurface(p)),
                   ST_Transform(p, :srid), ST_Transform(:first, :srid), ST_Transform(:second, :srid)
            FROM (SELECT SetSRID(:part, 4490) p)
            """)
        guard let row = try Row.fetchOne(statement, arguments: [
            "srid": zone.epsg, "part": blob, "first": Data(SpatiaLiteBlob.encode(first, srid: 4490)),
            "second": Data(SpatiaLiteBlob.encode(second, srid: 4490)),
        ]), let area = row[0] as Double?, let lon = row[1] as Double?, let lat = row[2] as Double?,
              let projected = try row.geometry(atIndex: 3) else { return nil }
        let firstSides = PlanarDistance.segments(of: try row.geometry(atIndex: 4) ?? .multiLineString([]))
        let secondSides = PlanarDistance.segments(of: try row.geometry(atIndex: 5) ?? .multiLineString([]))
        let width = PlanarDistance.width(of: projected, between: firstSides, and: secondSides)
        var nearest = (first: Double.infinity, second: Double.infinity)
        projected.forEachPosition { p in
            nearest.first = min(nearest.first, PlanarDistance.distance(p, to: firstSides))
            nearest.second = min(nearest.second, PlanarDistance.distance(p, to: secondSides))
        }
        return SliverMeasure(areaM2: area, widthM: width, location: Position(lon: lon, lat: lat),
                             nearestFirstM: nearest.first, nearestSecondM: nearest.second)
    }
}
