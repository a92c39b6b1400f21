/// Writes a ``Geometry`` as OGC Well-Known Text, coordinates rounded like GeoJSON output and
/// polygons wound by the right-hand rule.
public enum WKTWriter {
    public static func append(_ geometry: Geometry, decimals: Int = 7, to out: inout JSONOutput) {
        out.appendRaw(geometry.type.rawValue)
        out.append(UInt8(ascii: " "))
        switch geometry.rightHandRule {
        case let .point(p): out.append(UInt8(ascii: "(")); position(p, decimals, &out); out.append(UInt8(ascii: ")"))
        case let .lineString(l), let .multiPoint(l): positions(l, decimals, &out)
        case let .polygon(r), let .multiLineString(r): list(r, &out) { positions($0, decimals, &$1) }
        case let .multiPolygon(p): list(p, &out) { rings, o in list(rings, &o) { positions($0, decimals, &$1) } }
        }
    }

    public static func string(_ geometry: Geometry, decimals: Int = 7) -> String {
        var out = JSONOutput(capacity: 256)
        append(geometry, decimals: decimals, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    private static func position(_ p: Position, _ decimals: Int, _ out: inout JSONOutput) {
        out.appendCoordinate(p.lon, decimals: decimals)
        out.append(UInt8(ascii: " "))
        out.appendCoordinate(p.lat, decimals: decimals)
    }

    private static func positions(_ line: [Position], _ decimals: Int, _ out: inout JSONOutput) {
        list(line, &out) { position($0, decimals, &$1) }
    }

    private static func list<T>(_ items: [T], _ out: inout JSONOutput, _ item: (T, inout JSONOutput) -> Void) {
        out.append(UInt8(ascii: "("))
        for (i, element) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            item(element, &out)
        }
        out.append(UInt8(ascii: ")"))
    }
}
