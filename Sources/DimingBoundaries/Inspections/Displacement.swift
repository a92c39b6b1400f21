import Foundation

/// A marker's displacement on the Gauss-Krüger plane, from the registered to the measured
/// position: its length and its bearing, clockwise from grid north (X axis), 0 ≤ b < 360.
public struct Displacement: Sendable, Equatable {
    /// ΔX, the change of the northing, metres.
    public var north: Double
    /// ΔY, the change of the easting, metres.
    public var east: Double

    public init(registered: (x: Double, y: Double), measured: (x: Double, y: Double)) {
        north = measured.x - registered.x
        east = measured.y - registered.y
    }

    public var lengthM: Double { (north * north + east * east).squareRoot() }

    public var bearingDeg: Double {
        guard lengthM > 0 else { return 0 }
        let degrees = atan2(east, north) * 180 / .pi
        let bearing = degrees < 0 ? degrees + 360 : degrees
        return bearing >= 360 ? 0 : bearing
    }
}
