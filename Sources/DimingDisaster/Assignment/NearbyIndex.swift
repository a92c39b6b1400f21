import DimingCore
import Foundation

/// One layer's points or lines in memory, for the nearest-feature search of every submitted
/// report (``NearestFeatures``): a grid of 0.01° cells (about 1 km) lists the features whose
/// box touches each cell, and candidates are ranked by their distance on a local plane at the
/// query's latitude (longitude scaled by cos φ: within 5 km it is off by under 0.1 %). Only
/// the few candidates that planar ranking cannot separate are then measured on the
/// ellipsoid, by SpatiaLite, so the metres are SpatiaLite's as before. The SQL search this
/// replaces read every row of a growing R*Tree box and cost more than the rest of a report.
struct NearbyIndex: Sendable {
    /// A feature: its row id, its label, and its parts (a point is a part of one position).
    struct Feature: Sendable {
        let id: Int64
        let label: String
        let parts: [[Position]]
    }

    static let cellDegrees = 0.01
    private let features: [Feature]
    private let cells: [Int64: [Int32]]

    init(features: [Feature]) {
        self.features = features
        var cells: [Int64: [Int32]] = [:]
        for (index, feature) in features.enumerated() {
            let positions = feature.parts.joined()
            guard let first = positions.first else { continue }
            var minLon = first.lon, maxLon = first.lon, minLat = first.lat, maxLat = first.lat
            for p in positions {
                minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
                minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
            }
            for row in Self.cell(minLat)...Self.cell(maxLat) {
                for column in Self.cell(minLon)...Self.cell(maxLon) { cells[Self.key(column, row), default: []].append(Int32(index)) }
            }
        }
        self.cells = cells
    }

    var isEmpty: Bool { features.isEmpty }

    static func cell(_ degrees: Double) -> Int { Int((degrees / cellDegrees).rounded(.down)) }
    static func key(_ column: Int, _ row: Int) -> Int64 { Int64(column) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: row))) }

    /// The features nearest the point on the local plane within `maximumMetres`: the nearest,
    /// and any other within 5 % plus `slackMetres` of it (the plane and SpatiaLite's measure of a
    /// line may rank those differently, so the ellipsoid decides), at most `limit`, nearest first then by id.
    func candidates(lon: Double, lat: Double, maximumMetres: Double, slackMetres: Double = 10, limit: Int = 8) -> [Feature] {
        guard lon.isFinite, lat.isFinite, abs(lat) < 89, !features.isEmpty else { return [] }
        let metresPerDegreeLat = 110_574.0
        let metresPerDegreeLon = 111_320.0 * cos(lat * .pi / 180)
        var radius = 500.0
        while true {
            let dLat = radius * 1.01 / metresPerDegreeLat, dLon = radius * 1.01 / metresPerDegreeLon
            var seen = Set<Int32>()
            var ranked: [(metres: Double, index: Int32)] = []
            for row in Self.cell(lat - dLat)...Self.cell(lat + dLat) {
                for column in Self.cell(lon - dLon)...Self.cell(lon + dLon) {
                    for index in cells[Self.key(column, row)] ?? [] where seen.insert(index).inserted {
                        let metres = Self.planarMetres(features[Int(index)].parts, lon: lon, lat: lat,
                                                       xScale: metresPerDegreeLon, yScale: metresPerDegreeLat)
                        ranked.append((metres, index))
                    }
                }
            }
            ranked.sort { ($0.metres, features[Int($0.index)].id) < ($1.metres, features[Int($1.index)].id) }
            // The nearest within this radius is the nearest of all: anything outside the box is farther.
            if let best = ranked.first, best.metres <= radius {
                guard best.metres <= maximumMetres * 1.01 else { return [] }
                return ranked.prefix { $0.metres <= best.metres * 1.05 + slackMetres }.prefix(limit).map { features[Int($0.index)] }
            }
            if radius >= maximumMetres * 1.01 { return [] }
            radius = min(radius * 4, maximumMetres * 1.01)
        }
    }

    /// The distance on the local plane from the point to the nearest position or segment.
    static func planarMetres(_ parts: [[Position]], lon: Double, lat: Double, xScale: Double, yScale: Double) -> Double {
        var best = Double.infinity
        for part in parts {
            guard let first = part.first else { continue }
            var ax = (first.lon - lon) * xScale, ay = (first.lat - lat) * yScale
            best = min(best, (ax * ax + ay * ay).squareRoot())
            for p in part.dropFirst() {
                let bx = (p.lon - lon) * xScale, by = (p.lat - lat) * yScale
                let dx = bx - ax, dy = by - ay
                let length = dx * dx + dy * dy
                // The foot of the perpendicular from the origin (the point), clamped to the segment.
                let t = length > 0 ? max(0, min(1, -(ax * dx + ay * dy) / length)) : 0
                let x = ax + t * dx, y = ay + t * dy
                best = min(best, (x * x + y * y).squareRoot())
                ax = bx; ay = by
            }
        }
        return best
    }
}
