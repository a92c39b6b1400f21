import DimingCore
import Foundation

/// `crs` and `bbox-crs` (OGC API - Features Part 2) for the CRSs a collection lists:
/// CRS84 (lon, lat: the stored order, the default), EPSG:4490 (CGCS2000 in its authority
/// order, lat, lon: the same datum, so only the axes swap) and the Gauss-Krüger zone of Yichang,
/// EPSG:4546 and its zone-prefixed twin EPSG:4525, in metres (northing, easting, as surveyors
/// write X and Y), transformed by the core through PROJ. Any other CRS is a 400.
struct CRSParameters: Sendable {
    /// The CRS of the response's coordinates, for the `Content-Crs` header.
    var output: String
    /// The request's other parameters, with a `bbox` given in lat, lon put into lon, lat, and a
    /// `bbox` in metres taken out (it is ``projectedBox``).
    var rest: [(name: String, value: String)]
    /// A `bbox` given in a projected `bbox-crs`.
    var projectedBox: ProjectedBoundingBox?

    /// Whether positions are written second axis first: every listed CRS but CRS84 has its
    /// northing or latitude first.
    var swapsAxes: Bool { output != CRSURI.crs84 }

    /// The SRID the core transforms geometries into; nil for the stored lon/lat.
    var outputSRID: Int32? { Self.projected[output] }

    static let supported = [CRSURI.crs84, CRSURI.cgcs2000, CRSURI.gaussKruger111, CRSURI.gaussKrugerZone37]
    /// The projected ones, by SRID.
    static let projected = [CRSURI.gaussKruger111: Int32(4546), CRSURI.gaussKrugerZone37: Int32(4525)]

    init(_ parameters: [(name: String, value: String)]) throws {
        func value(_ name: String) throws -> String? {
            guard let text = parameters.first(where: { $0.name == name })?.value else { return nil }
            guard Self.supported.contains(text) else {
                throw QueryError.invalidParameter(name, reason: Reason(QueryMessages.notSupported, ["text": text, "supported": Self.supported.joined(separator: ", ")]))
            }
            return text
        }
        output = try value("crs") ?? CRSURI.crs84
        let bboxCRS = try value("bbox-crs") ?? CRSURI.crs84
        rest = parameters.filter { $0.name != "crs" && $0.name != "bbox-crs" }
        guard bboxCRS != CRSURI.crs84, let index = rest.firstIndex(where: { $0.name == "bbox" }) else { return }
        if let srid = Self.projected[bboxCRS] {
            projectedBox = try Self.projectedBox(rest[index].value, srid: srid)
            rest.remove(at: index)
        } else {
            rest[index].value = Self.swapBox(rest[index].value)
        }
    }

    /// `lat1,lon1,lat2,lon2` → `lon1,lat1,lon2,lat2` (and likewise with heights).
    private static func swapBox(_ text: String) -> String {
        var parts = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 4: parts.swapAt(0, 1); parts.swapAt(2, 3)
        case 6: parts.swapAt(0, 1); parts.swapAt(3, 4)
        default: break
        }
        return parts.joined(separator: ",")
    }

    /// `n1,e1,n2,e2` (or with heights: `n1,e1,h1,n2,e2,h2`) in metres, lower corner first.
    private static func projectedBox(_ text: String, srid: Int32) throws -> ProjectedBoundingBox {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let values = numbers.compactMap { $0 }.filter(\.isFinite)
        guard values.count == numbers.count, values.count == 4 || values.count == 6 else {
            throw QueryError.invalidParameter("bbox", reason: Reason(QueryMessages.notNumber, ["text": text]))
        }
        let upper = values.count / 2
        let box = ProjectedBoundingBox(srid: srid, minEasting: values[1], minNorthing: values[0], maxEasting: values[upper + 1], maxNorthing: values[upper])
        guard box.minEasting <= box.maxEasting, box.minNorthing <= box.maxNorthing else {
            throw QueryError.invalidParameter("bbox", reason: Reason(QueryMessages.notProjectedBox, ["srid": String(srid)]))
        }
        return box
    }

    /// The header value: the URI in angle brackets.
    var contentCRSHeader: String { "<\(output)>" }
}

extension Geometry {
    /// The same geometry with the second axis first, for a lat, lon or northing, easting CRS.
    var axisSwapped: Geometry {
        func swap(_ p: Position) -> Position { Position(lon: p.lat, lat: p.lon) }
        func line(_ l: [Position]) -> [Position] { l.map(swap) }
        switch self {
        case let .point(p): return .point(swap(p))
        case let .lineString(l): return .lineString(line(l))
        case let .multiPoint(l): return .multiPoint(line(l))
        case let .polygon(r): return .polygon(r.map(line))
        case let .multiLineString(r): return .multiLineString(r.map(line))
        case let .multiPolygon(ps): return .multiPolygon(ps.map { $0.map(line) })
        }
    }
}
