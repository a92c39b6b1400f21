import DimingCore
import Foundation

/// One layer's points or lines in memory, for the nearest-feature search of every submitted
/// report (``NearestFeatures``): a grid of 0.01° cells (about 1 km) lists the features whose
/// box touches each cell, and candidates are ranked by their distance on a local plane at the
/// query's latitude (the ellipsoid's metres per degree there: within 5 km it is off by far under 0.1 %). Only
/// the few candidates that planar ranking cannot separate are then measured on the ellipsoid
/// as SpatiaLite's `ST_Distance(geom, point, 1)` measures (``measuredMetres(_:lon:lat:)``), so
/// the metres are as before. The SQL search this replaces read every row of a growing R*Tree
/// box and cost more than the rest of a report.
struct NearbyIndex: Sendable {
    /// A feature: its row id, its label, and its parts (a point is a part of one position).
    struct Feature: Sendable {
        let id: Int64
        let label: String
        let parts: [[Position]]
    }

    static let cellDegrees = 0.01
    let ids: [Int64]
    let labels: [String]
    /// All positions, flat; feature `i`'s parts are `partStarts[partRanges[i]]`…, each part running to the next start.
    private let lons: [Double]
    private let lats: [Double]
    private let partStarts: [Int32]
    private let featureParts: [Range<Int32>]
    private let cells: [Int64: [Int32]]
    /// Whether some feature spans more than one cell (then a search must skip repeats).
    private let spansCells: Bool
    /// Whether every feature is a single point (ranking errs by under 0.1 %, so little slack is needed).
    private let pointsOnly: Bool

    init(features: [Feature]) {
        var ids: [Int64] = [], labels: [String] = [], lons: [Double] = [], lats: [Double] = []
        var partStarts: [Int32] = [], featureParts: [Range<Int32>] = []
        var cells: [Int64: [Int32]] = [:]
        var spansCells = false, pointsOnly = true
        for feature in features {
            let positions = feature.parts.joined()
            guard let first = positions.first else { continue }
            let index = Int32(ids.count)
            ids.append(feature.id)
            labels.append(feature.label)
            let firstPart = Int32(partStarts.count)
            for part in feature.parts where !part.isEmpty {
                partStarts.append(Int32(lons.count))
                for p in part { lons.append(p.lon); lats.append(p.lat) }
            }
            featureParts.append(firstPart..<Int32(partStarts.count))
            if feature.parts.count != 1 || feature.parts[0].count != 1 { pointsOnly = false }
            var minLon = first.lon, maxLon = first.lon, minLat = first.lat, maxLat = first.lat
            for p in positions {
                minLon = min(minLon, p.lon); maxLon = max(maxLon, p.lon)
                minLat = min(minLat, p.lat); maxLat = max(maxLat, p.lat)
            }
            let rows = Self.cell(minLat)...Self.cell(maxLat), columns = Self.cell(minLon)...Self.cell(maxLon)
            if rows.count > 1 || columns.count > 1 { spansCells = true }
            for row in rows {
                for column in columns { cells[Self.key(column, row), default: []].append(index) }
            }
        }
        partStarts.append(Int32(lons.count))
        (self.ids, self.labels, self.lons, self.lats) = (ids, labels, lons, lats)
        (self.partStarts, self.featureParts, self.cells) = (partStarts, featureParts, cells)
        (self.spansCells, self.pointsOnly) = (spansCells, pointsOnly)
    }

    static func cell(_ degrees: Double) -> Int { Int((degrees / cellDegrees).rounded(.down)) }
    static func key(_ column: Int, _ row: Int) -> Int64 { Int64(column) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: row))) }

    /// The features nearest the point on the local plane within `maximumMetres`, as indexes
    /// into ``ids`` and ``labels``: the nearest and any other the plane cannot tell from it
    /// (for points within 0.2 % + 0.5 m; for lines, which SpatiaLite measures its own way,
    /// within 5 % + 10 m), at most `limit`, nearest first then by id.
    func candidates(lon: Double, lat: Double, maximumMetres: Double, limit: Int = 8) -> [Int] {
        guard lon.isFinite, lat.isFinite, abs(lat) < 89, !ids.isEmpty else { return [] }
        // Metres per degree of latitude and of longitude at this latitude, on the ellipsoid.
        let phi = lat * .pi / 180
        let yScale = 111_132.954 - 559.822 * cos(2 * phi) + 1.175 * cos(4 * phi)
        let xScale = 111_412.84 * cos(phi) - 93.5 * cos(3 * phi) + 0.118 * cos(5 * phi)
        let (relative, slack) = pointsOnly ? (1.002, 0.5) : (1.05, 10.0)
        let bound = maximumMetres * 1.01
        var radius = min(500.0, bound)
        while true {
            let dLat = radius * 1.01 / yScale, dLon = radius * 1.01 / xScale
            var seen = spansCells ? Set<Int32>() : []
            var ranked: [(metres: Double, index: Int32)] = []
            var best = Double.infinity
            for row in Self.cell(lat - dLat)...Self.cell(lat + dLat) {
                for column in Self.cell(lon - dLon)...Self.cell(lon + dLon) {
                    guard let members = cells[Self.key(column, row)] else { continue }
                    for index in members {
                        if spansCells, !seen.insert(index).inserted { continue }
                        let metres = planarMetres(Int(index), lon: lon, lat: lat, xScale: xScale, yScale: yScale)
                        // Keep only what could still be within the slack of the best.
                        guard metres <= best * relative + slack else { continue }
                        best = min(best, metres)
                        ranked.append((metres, index))
                    }
                }
            }
            // The nearest within this radius is the nearest of all: anything outside the box is farther.
            if best <= radius {
                return ranked.filter { $0.metres <= best * relative + slack }
                    .sorted { ($0.metres, ids[Int($0.index)]) < ($1.metres, ids[Int($1.index)]) }
                    .prefix(limit).map { Int($0.index) }
            }
            if radius >= bound { return [] }
            radius = min(radius * 4, bound)
        }
    }

    /// The nearest feature within `maximumMetres` on the ellipsoid, ties to the lower id.
    func nearest(lon: Double, lat: Double, maximumMetres: Double) -> (index: Int, metres: Double)? {
        var best: (index: Int, metres: Double)?
        for candidate in candidates(lon: lon, lat: lat, maximumMetres: maximumMetres) {
            let metres = measuredMetres(candidate, lon: lon, lat: lat)
            if best.map({ (metres, ids[candidate]) < ($0.metres, ids[$0.index]) }) ?? true { best = (candidate, metres) }
        }
        guard let best, best.metres <= maximumMetres else { return nil }
        return best
    }

    /// The distance as SpatiaLite's `ST_Distance(geom, point, 1)` gives it: between two points the
    /// geodesic; from a line, the geodesic length of GEOS's shortest line, which is found in plain
    /// lon/lat coordinates (so the nearest position is the one nearest in degrees).
    func measuredMetres(_ feature: Int, lon: Double, lat: Double) -> Double {
        Geodesic.metres(Position(lon: lon, lat: lat), closest(feature, lon: lon, lat: lat, xScale: 1, yScale: 1).position)
    }

    /// The distance on the local plane from the point to the feature's nearest position or segment.
    private func planarMetres(_ feature: Int, lon: Double, lat: Double, xScale: Double, yScale: Double) -> Double {
        closest(feature, lon: lon, lat: lat, xScale: xScale, yScale: yScale).distance
    }

    /// The feature's position nearest the point on a plane whose axes are degrees of longitude and
    /// latitude times `xScale` and `yScale`, and its distance on that plane.
    private func closest(_ feature: Int, lon: Double, lat: Double, xScale: Double, yScale: Double) -> (distance: Double, position: Position) {
        var best = Double.infinity
        var nearest = Position(lon: lon, lat: lat)
        for part in featureParts[feature] {
            let start = Int(partStarts[Int(part)]), end = Int(partStarts[Int(part) + 1])
            var ax = (lons[start] - lon) * xScale, ay = (lats[start] - lat) * yScale
            if ax * ax + ay * ay < best { best = ax * ax + ay * ay; nearest = Position(lon: lons[start], lat: lats[start]) }
            for k in (start + 1)..<max(start + 1, end) {
                let bx = (lons[k] - lon) * xScale, by = (lats[k] - lat) * yScale
                let dx = bx - ax, dy = by - ay
                let length = dx * dx + dy * dy
                // The foot of the perpendicular from the origin (the point), clamped to the segment.
                let t = length > 0 ? max(0, min(1, -(ax * dx + ay * dy) / length)) : 0
                let x = ax + t * dx, y = ay + t * dy
                if x * x + y * y < best {
                    best = x * x + y * y
                    nearest = Position(lon: lons[k - 1] + t * (lons[k] - lons[k - 1]), lat: lats[k - 1] + t * (lats[k] - lats[k - 1]))
                }
                ax = bx; ay = by
            }
        }
        return (best.squareRoot(), nearest)
    }
}
