/// A lon/lat rectangle `[west, south, east, north]` as in RFC 7946 §5.
///
/// `minLon > maxLon` means the box crosses the antimeridian (RFC 7946 §5.2); ``parts`` splits
/// it into the two boxes a spatial index can search.
public struct BoundingBox: Hashable, Sendable {
    public var minLon: Double
    public var minLat: Double
    public var maxLon: Double
    public var maxLat: Double

    public init(minLon: Double, minLat: Double, maxLon: Double, maxLat: Double) {
        self.minLon = minLon
        self.minLat = minLat
        self.maxLon = maxLon
        self.maxLat = maxLat
    }

    /// Parses `minLon,minLat,maxLon,maxLat` (a 6-number 3-D box drops its heights).
    public init(parsing text: String) throws(GeometryError) {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard numbers.count == 4 || numbers.count == 6, numbers.allSatisfy({ $0 != nil }) else {
            throw .invalidBoundingBox(Reason(GeometryMessages.bboxNumbers, ["text": text]))
        }
        let values = numbers.map { $0! }
        let (w, s, e, n) = values.count == 4
            ? (values[0], values[1], values[2], values[3])
            : (values[0], values[1], values[3], values[4])
        guard [w, s, e, n].allSatisfy(\.isFinite), abs(w) <= 180, abs(e) <= 180, abs(s) <= 90, abs(n) <= 90 else {
            throw .invalidBoundingBox(Reason(GeometryMessages.bboxOutOfRange, ["text": text]))
        }
        guard s <= n else { throw .invalidBoundingBox(Reason(GeometryMessages.bboxSouthNorth, ["south": "\(s)", "north": "\(n)"])) }
        self.init(minLon: w, minLat: s, maxLon: e, maxLat: n)
    }

    public mutating func extend(_ p: Position) {
        if p.lon < minLon { minLon = p.lon }
        if p.lon > maxLon { maxLon = p.lon }
        if p.lat < minLat { minLat = p.lat }
        if p.lat > maxLat { maxLat = p.lat }
    }

    public mutating func extend(_ other: BoundingBox) {
        minLon = Swift.min(minLon, other.minLon)
        minLat = Swift.min(minLat, other.minLat)
        maxLon = Swift.max(maxLon, other.maxLon)
        maxLat = Swift.max(maxLat, other.maxLat)
    }

    public var crossesAntimeridian: Bool { minLon > maxLon }

    /// The box as one or two ordinary boxes (two when it crosses the antimeridian).
    public var parts: [BoundingBox] {
        guard crossesAntimeridian else { return [self] }
        return [
            BoundingBox(minLon: minLon, minLat: minLat, maxLon: 180, maxLat: maxLat),
            BoundingBox(minLon: -180, minLat: minLat, maxLon: maxLon, maxLat: maxLat),
        ]
    }

    public func contains(_ p: Position) -> Bool {
        p.lat >= minLat && p.lat <= maxLat && p.lon >= minLon && p.lon <= maxLon
    }

    public func intersects(_ other: BoundingBox) -> Bool {
        minLon <= other.maxLon && maxLon >= other.minLon && minLat <= other.maxLat && maxLat >= other.minLat
    }
}

import Foundation
