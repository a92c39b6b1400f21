/// A longitude/latitude pair in degrees (CGCS2000 ≈ WGS 84), in GeoJSON's lon, lat order.
public struct Position: Hashable, Sendable {
    public var lon: Double
    public var lat: Double

    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// A checked position: finite, longitude in [-180, 180], latitude in [-90, 90].
    /// A latitude out of range whose swap would be valid is reported as swapped, since (lat, lon)
    /// order is the commonest mistake with EPSG:4490 data.
    public init(checkedLon lon: Double, lat: Double) throws(GeometryError) {
        guard lon.isFinite, lat.isFinite else { throw .notFinite }
        if abs(lat) > 90 || abs(lon) > 180 {
            if abs(lon) <= 90 && abs(lat) <= 180 { throw .swappedCoordinates(lon: lon, lat: lat) }
            throw .outOfRange(lon: lon, lat: lat)
        }
        self.lon = lon
        self.lat = lat
    }
}

/// A sequence of positions: a line, or a ring whose last position repeats the first.
public typealias LineStringCoordinates = [Position]
/// Rings of a polygon: the exterior first, then its holes.
public typealias PolygonCoordinates = [[Position]]
