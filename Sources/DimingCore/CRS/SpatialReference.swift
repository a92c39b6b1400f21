/// The coordinate reference systems Diming uses.
///
/// Geometries are stored in CGCS2000 geographic coordinates, EPSG:4490, longitude first (the
/// SpatiaLite convention) — numerically the same as WGS 84 / CRS84 to well under a metre, so
/// GeoJSON is written from them unchanged. Metric work goes through a CGCS2000 3-degree
/// Gauss-Krüger projection (``GaussKruger``).
public enum SpatialReference {
    /// CGCS2000 geographic: the SRID of every geometry column.
    public static let storageSRID: Int32 = 4490
}
