import Foundation

/// GCJ-02 and BD-09, the offset frames of Chinese web maps (AMap/高德 and Tencent use GCJ-02,
/// Baidu/百度 BD-09), to and from WGS 84, which Diming treats as CGCS2000 (they agree to well
/// under a metre).
///
/// Forward GCJ-02 is the published obfuscation formula (Krasovsky semi-major axis 6378245 m),
/// as in googollee/eviltransform and wandergis/coordtransform, and the identity outside the
/// rectangle those take for China; forward BD-09 is Baidu's published GCJ-02 → BD-09 formula.
/// The inverses iterate `p ← p − (forward(p) − target)` until a step is below 1e-7° (about
/// 1 cm): the offset changes by metres per kilometre, so two or three steps reach a few
/// millimetres of the exact inverse. `tools/demo/chinese_offset.py` is the same algorithm,
/// statement for statement, and converts the demo's boundaries; a test runs both.
public enum ChineseWebOffset {
    static let krasovskyA = 6378245.0
    static let krasovskyEE = 0.00669342162296594323
    static let baiduXPi = Double.pi * 3000.0 / 180.0
    static let stopDegrees = 1e-7
    static let maxSteps = 30

    /// The rectangle inside which GCJ-02 differs from WGS 84.
    public static func isOutsideChina(_ p: Position) -> Bool {
        p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
    }

    public static func gcj02(fromWGS84 p: Position) -> Position {
        if isOutsideChina(p) { return p }
        var (dLon, dLat) = offsetTerms(x: p.lon - 105.0, y: p.lat - 35.0)
        let radLat = p.lat / 180.0 * .pi
        var magic = sin(radLat)
        magic = 1.0 - krasovskyEE * magic * magic
        let sqrtMagic = magic.squareRoot()
        dLat = (dLat * 180.0) / ((krasovskyA * (1.0 - krasovskyEE)) / (magic * sqrtMagic) * .pi)
        dLon = (dLon * 180.0) / (krasovskyA / sqrtMagic * cos(radLat) * .pi)
        return Position(lon: p.lon + dLon, lat: p.lat + dLat)
    }

    public static func bd09(fromGCJ02 p: Position) -> Position {
        let z = (p.lon * p.lon + p.lat * p.lat).squareRoot() + 0.00002 * sin(p.lat * baiduXPi)
        let theta = atan2(p.lat, p.lon) + 0.000003 * cos(p.lon * baiduXPi)
        return Position(lon: z * cos(theta) + 0.0065, lat: z * sin(theta) + 0.006)
    }

    public static func bd09(fromWGS84 p: Position) -> Position {
        bd09(fromGCJ02: gcj02(fromWGS84: p))
    }

    public static func wgs84(fromGCJ02 p: Position) -> Position {
        isOutsideChina(p) ? p : invert(gcj02(fromWGS84:), at: p)
    }

    public static func wgs84(fromBD09 p: Position) -> Position {
        invert(bd09(fromWGS84:), at: p)
    }

    /// The two series of the GCJ-02 formula, (lon, lat), before scaling to degrees.
    private static func offsetTerms(x: Double, y: Double) -> (Double, Double) {
        let xy = x * y
        let absX = abs(x).squareRoot()
        let xPi = x * .pi, yPi = y * .pi
        let common = (20.0 * sin(6.0 * xPi) + 20.0 * sin(2.0 * xPi)) * 2.0 / 3.0
        var lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * xy + 0.2 * absX + common
        var lon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * xy + 0.1 * absX + common
        lat += (20.0 * sin(yPi) + 40.0 * sin(yPi / 3.0)) * 2.0 / 3.0
        lon += (20.0 * sin(xPi) + 40.0 * sin(xPi / 3.0)) * 2.0 / 3.0
        lat += (160.0 * sin(yPi / 12.0) + 320.0 * sin(yPi / 30.0)) * 2.0 / 3.0
        lon += (150.0 * sin(xPi / 12.0) + 300.0 * sin(xPi / 30.0)) * 2.0 / 3.0
        return (lon, lat)
    }

    /// The position that `forward` maps onto `target`, by fixed-point iteration from `target`.
    private static func invert(_ forward: (Position) -> Position, at target: Position) -> Position {
        var p = target
        for _ in 0..<maxSteps {
            let f = forward(p)
            let dLon = f.lon - target.lon, dLat = f.lat - target.lat
            p = Position(lon: p.lon - dLon, lat: p.lat - dLat)
            if abs(dLon) < stopDegrees && abs(dLat) < stopDegrees { break }
        }
        return p
    }
}

/// The frame of the coordinates in a file being imported (`diming import --from`).
public enum SourceFrame: String, Sendable, CaseIterable {
    /// WGS 84 and CGCS2000 are stored as they are.
    case wgs84, cgcs2000, gcj02, bd09

    /// `p` in CGCS2000 (≈ WGS 84).
    public func toCGCS2000(_ p: Position) -> Position {
        switch self {
        case .wgs84, .cgcs2000: p
        case .gcj02: ChineseWebOffset.wgs84(fromGCJ02: p)
        case .bd09: ChineseWebOffset.wgs84(fromBD09: p)
        }
    }

    /// `geometry` with every position in CGCS2000.
    public func toCGCS2000(_ geometry: Geometry) -> Geometry {
        switch self {
        case .wgs84, .cgcs2000: geometry
        case .gcj02, .bd09: geometry.mappingPositions(toCGCS2000)
        }
    }
}

extension Geometry {
    /// The same geometry with `transform` applied to every position.
    public func mappingPositions(_ transform: (Position) -> Position) -> Geometry {
        switch self {
        case let .point(p): .point(transform(p))
        case let .lineString(line): .lineString(line.map(transform))
        case let .multiPoint(points): .multiPoint(points.map(transform))
        case let .polygon(rings): .polygon(rings.map { $0.map(transform) })
        case let .multiLineString(lines): .multiLineString(lines.map { $0.map(transform) })
        case let .multiPolygon(polygons): .multiPolygon(polygons.map { $0.map { $0.map(transform) } })
        }
    }
}
