import DimingCore

/// The plane CRS of a surveyed X/Y: a CGCS2000 3-degree Gauss-Krüger zone, with or without the
/// zone prefix in the easting. EPSG:4534…4554 (CM 75°E…135°E) carry false easting 500 000;
/// EPSG:4513…4533 (zones 25…45) carry zone × 1 000 000 + 500 000 — so a Y above 1 000 000 names
/// its zone (boundary.md §1.4: 37 527 449.60 is zone 37, EPSG:4525).
public struct MarkerCRS: Hashable, Sendable {
    public let zone: GaussKruger
    /// Whether the easting carries the zone number in front (EPSG:4513…4533).
    public let prefixed: Bool

    public init?(epsg: Int32) {
        if let zone = GaussKruger(epsg: epsg) {
            self.zone = zone; prefixed = false
        } else if (4513...4533).contains(epsg), let zone = GaussKruger(centralMeridian: Int(epsg - 4513 + 25) * 3) {
            self.zone = zone; prefixed = true
        } else {
            return nil
        }
    }

    public init(zone: GaussKruger, prefixed: Bool) {
        self.zone = zone; self.prefixed = prefixed
    }

    /// The 3-degree zone number (37 for CM 111°E).
    public var zoneNumber: Int { zone.centralMeridian / 3 }

    public var epsg: Int32 { prefixed ? 4513 + Int32(zoneNumber - 25) : zone.epsg }

    /// The false easting, with the zone prefix when there is one.
    public var falseEasting: Double { prefixed ? Double(zoneNumber) * 1_000_000 + 500_000 : 500_000 }

    /// The easting without the zone prefix: the distance from the central meridian + 500 000.
    public func plainEasting(_ y: Double) -> Double { y - falseEasting + 500_000 }

    /// `y` given in `other`'s easting, written in this CRS's (same zone).
    public func easting(_ plain: Double) -> Double { plain + falseEasting - 500_000 }
}

/// Which CRS a surveyed X/Y is in, and whether the pair is plausible for China: X (northing)
/// between 1 800 000 and 6 000 000 m (about 16°N–54°N), the plain easting within 330 km of the
/// central meridian (a 3-degree zone is at most ±167 km wide in China; the margin takes a point
/// surveyed just across a zone border).
enum MarkerCRSCheck {
    static let northings = 1_800_000.0...6_000_000.0
    static let plainEastings = 170_000.0...830_000.0

    /// The CRS of (`x`, `y`); `epsg` given wins but must agree with the easting's prefix.
    static func resolve(x: Double, y: Double, epsg: Int32?) throws(MarkersError) -> MarkerCRS {
        guard x.isFinite, y.isFinite else { throw .coordinateOutOfRange(field: "x", value: x) }
        if !northings.contains(x) {
            // An X that looks like an easting next to a Y that looks like a northing: swapped.
            if (plainEastings.contains(x) || (x > 1_000_000 && x < 100_000_000)) && northings.contains(y) {
                throw .swappedCoordinates(x: x, y: y)
            }
            throw .coordinateOutOfRange(field: "x", value: x)
        }
        let recognised = try recognise(y: y)
        guard let epsg else { return recognised }
        guard let given = MarkerCRS(epsg: epsg) else { throw .unknownEPSG(epsg) }
        if given.prefixed != recognised.prefixed || (given.prefixed && given.zone != recognised.zone) {
            throw .epsgDisagrees(epsg: epsg, y: y, recognised: recognised.epsg)
        }
        return given
    }

    /// The CRS the easting `y` names: a zone prefix (y ≥ 1 000 000) or Yichang's EPSG:4546.
    private static func recognise(y: Double) throws(MarkersError) -> MarkerCRS {
        if y >= 1_000_000 {
            let zoneNumber = Int((y / 1_000_000).rounded(.down))
            guard (25...45).contains(zoneNumber), let zone = GaussKruger(centralMeridian: zoneNumber * 3) else {
                throw .coordinateOutOfRange(field: "y", value: y)
            }
            let crs = MarkerCRS(zone: zone, prefixed: true)
            guard plainEastings.contains(crs.plainEasting(y)) else { throw .coordinateOutOfRange(field: "y", value: y) }
            return crs
        }
        guard plainEastings.contains(y) else { throw .coordinateOutOfRange(field: "y", value: y) }
        return MarkerCRS(zone: .yidu, prefixed: false)
    }
}
