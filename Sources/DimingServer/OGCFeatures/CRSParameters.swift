import DimingCore

/// `crs` and `bbox-crs` (OGC API - Features Part 2) for the two CRSs a collection lists:
/// CRS84 (lon, lat: the stored order, the default) and EPSG:4490 (CGCS2000 in its
/// authority order, lat, lon). Both have the same datum as the stored data, so "transforming"
/// is swapping axes; any other CRS is a 400.
struct CRSParameters: Sendable {
    /// The CRS of the response's coordinates, for the `Content-Crs` header.
    var output: String
    /// The request's other parameters, with a `bbox` given in lat, lon put into lon, lat.
    var rest: [(name: String, value: String)]

    var swapsAxes: Bool { output == CRSURI.cgcs2000 }

    static let supported = [CRSURI.crs84, CRSURI.cgcs2000]

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
        if bboxCRS == CRSURI.cgcs2000, let index = rest.firstIndex(where: { $0.name == "bbox" }) {
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

    /// The header value: the URI in angle brackets.
    var contentCRSHeader: String { "<\(output)>" }
}

extension Geometry {
    /// The same geometry with latitude written first, for a lat, lon CRS.
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
