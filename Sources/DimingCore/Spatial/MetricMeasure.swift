import GRDB

/// Lengths and areas in metres, computed by GEOS after `ST_Transform` to a CGCS2000
/// Gauss-Krüger projection through PROJ — never in degrees.
public enum MetricMeasure {
    /// The length in metres of the border two divisions share: the part of `a`'s boundary
    /// that lies within `toleranceMetres` of `b`'s. The tolerance absorbs coordinate noise,
    /// which otherwise collapses an exact intersection of two boundaries to a few points.
    public static func sharedBorderLengthMetres(_ a: String, _ b: String, toleranceMetres: Double = 1,
                                                projection: GaussKruger, in db: Database) throws -> Double {
        let length = try Double.fetchOne(db, sql: """
            SELECT ST_Length(ST_Intersection(
                       ST_Boundary(ST_Transform(a.geom, :srid)),
                       ST_Buffer(ST_Boundary(ST_Transform(b.geom, :srid)), :tolerance)))
            FROM divisions a, divisions b WHERE a.code = :a AND b.code = :b
            """, arguments: ["srid": projection.epsg, "tolerance": toleranceMetres, "a": a, "b": b])
        guard let length else { throw StoreError.sqlFailed("no divisions \(a) and \(b), or PROJ/GEOS gave no result") }
        return length
    }

    /// The area of a division in square metres.
    public static func areaSquareMetres(code: String, projection: GaussKruger, in db: Database) throws -> Double {
        guard let area = try Double.fetchOne(db, sql: "SELECT ST_Area(ST_Transform(geom, ?)) FROM divisions WHERE code = ?",
                                             arguments: [projection.epsg, code]) else {
            throw StoreError.sqlFailed("no division \(code), or PROJ gave no result")
        }
        return area
    }
}
