import CSpatiaLite

/// Distances on the CGCS2000 ellipsoid (GRS 80, as SpatiaLite's `spatial_ref_sys` gives for
/// SRID 4490) by PROJ's geodesic routines (C. F. F. Karney's algorithms), the same SpatiaLite's
/// `ST_Distance(a, b, 1)` calls: for code that measures many points in memory, where a SQL
/// call per pair would cost more than the rest of the work.
public enum Geodesic {
    /// GRS 80: a = 6 378 137 m, 1/f = 298.257222101.
    private static let ellipsoid: geod_geodesic = {
        var g = geod_geodesic()
        geod_init(&g, 6_378_137, 1 / 298.257222101)
        return g
    }()

    /// The geodesic distance in metres between two lon/lat positions.
    public static func metres(_ a: Position, _ b: Position) -> Double {
        var s12 = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            geod_inverse(g, a.lat, a.lon, b.lat, b.lon, &s12, nil, nil)
        }
        return s12
    }
}
