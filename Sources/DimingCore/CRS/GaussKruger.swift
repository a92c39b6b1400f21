/// A CGCS2000 3-degree Gauss-Krüger projection, EPSG:4534 (CM 75°E) … EPSG:4554 (CM 135°E),
/// without the zone prefix in the easting (false easting 500 000 m).
///
/// Yidu and all of Yichang lie in the zone of CM 111°E, EPSG:4546. Through SpatiaLite,
/// `ST_Transform` returns easting first and northing second, whereas EPSG's axis order for
/// these systems is northing (surveyor's X), easting (Y): name values by meaning, not by x/y.
public struct GaussKruger: Hashable, Sendable, CustomStringConvertible {
    /// The central meridian in degrees east, a multiple of 3 from 75 to 135.
    public let centralMeridian: Int

    public init?(centralMeridian: Int) {
        guard (75...135).contains(centralMeridian), centralMeridian % 3 == 0 else { return nil }
        self.centralMeridian = centralMeridian
    }

    public init?(epsg: Int32) {
        guard (4534...4554).contains(epsg) else { return nil }
        self.init(centralMeridian: 75 + Int(epsg - 4534) * 3)
    }

    /// The zone whose central meridian is nearest to `lon` (China spans 75°E–135°E).
    public init(zoneForLongitude lon: Double) {
        let nearest = Int((lon / 3).rounded()) * 3
        self.init(centralMeridian: min(135, max(75, nearest)))!
    }

    /// The EPSG code of this projection.
    public var epsg: Int32 { 4534 + Int32((centralMeridian - 75) / 3) }

    public var description: String { "EPSG:\(epsg) (CGCS2000 / 3-degree Gauss-Kruger CM \(centralMeridian)E)" }

    /// Yidu's zone, CM 111°E.
    public static let yidu = GaussKruger(centralMeridian: 111)!
}
