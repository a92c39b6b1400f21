/// Writes geometries and features as RFC 7946 GeoJSON: lon/lat order, polygons wound by the
/// right-hand rule whatever the stored winding, coordinates rounded (7 decimals by default,
/// about 1 cm), no `crs` member.
public struct GeoJSONEncoder {
    /// Decimal places for coordinates; RFC 7946 §11.2 advises against needless precision.
    public var decimals: Int
    /// Whether each feature carries its `bbox` (RFC 7946 §5).
    public var writeBoundingBoxes: Bool

    public init(decimals: Int = 7, writeBoundingBoxes: Bool = false) {
        precondition((0...9).contains(decimals), "decimals must be 0…9")
        self.decimals = decimals
        self.writeBoundingBoxes = writeBoundingBoxes
    }

    public func appendGeometry(_ geometry: Geometry, to out: inout JSONOutput) {
        out.append("{\"type\":\"")
        out.appendRaw(geometry.type.geoJSONName)
        out.append("\",\"coordinates\":")
        switch geometry.rightHandRule {
        case let .point(p): position(p, &out)
        case let .lineString(l), let .multiPoint(l): line(l, &out)
        case let .polygon(r), let .multiLineString(r): rings(r, &out)
        case let .multiPolygon(polygons):
            out.append(UInt8(ascii: "["))
            for (i, p) in polygons.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                rings(p, &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
    }

    /// One Feature object; `properties` are written in the order given.
    public func appendFeature(id: FeatureID?, properties: [(name: String, value: PropertyValue)], geometry: Geometry?,
                              to out: inout JSONOutput) {
        out.append("{\"type\":\"Feature\"")
        switch id {
        case let .integer(i)?: out.append(",\"id\":"); out.appendInteger(i)
        case let .string(s)?: out.append(",\"id\":"); out.appendString(s)
        case nil: break
        }
        if writeBoundingBoxes, let box = geometry?.boundingBox {
            out.append(",\"bbox\":")
            boundingBox(box, &out)
        }
        out.append(",\"geometry\":")
        if let geometry { appendGeometry(geometry, to: &out) } else { out.append("null") }
        out.append(",\"properties\":{")
        for (i, (name, value)) in properties.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(name)
            out.append(UInt8(ascii: ":"))
            out.appendProperty(value)
        }
        out.append("}}")
    }

    public func boundingBox(_ box: BoundingBox, _ out: inout JSONOutput) {
        out.append(UInt8(ascii: "["))
        out.appendCoordinate(box.minLon, decimals: decimals); out.append(UInt8(ascii: ","))
        out.appendCoordinate(box.minLat, decimals: decimals); out.append(UInt8(ascii: ","))
        out.appendCoordinate(box.maxLon, decimals: decimals); out.append(UInt8(ascii: ","))
        out.appendCoordinate(box.maxLat, decimals: decimals)
        out.append(UInt8(ascii: "]"))
    }

    @inline(__always) private func position(_ p: Position, _ out: inout JSONOutput) {
        out.append(UInt8(ascii: "["))
        out.appendCoordinate(p.lon, decimals: decimals)
        out.append(UInt8(ascii: ","))
        out.appendCoordinate(p.lat, decimals: decimals)
        out.append(UInt8(ascii: "]"))
    }

    private func line(_ positions: [Position], _ out: inout JSONOutput) {
        out.append(UInt8(ascii: "["))
        for (i, p) in positions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            position(p, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    private func rings(_ rings: [[Position]], _ out: inout JSONOutput) {
        out.append(UInt8(ascii: "["))
        for (i, r) in rings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            line(r, &out)
        }
        out.append(UInt8(ascii: "]"))
    }
}
