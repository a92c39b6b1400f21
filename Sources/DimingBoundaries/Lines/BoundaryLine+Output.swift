import DimingCore

/// Lines as JSON and as a GeoJSON FeatureCollection (id = the line's code, 7 decimals), the
/// same for `diming boundary lines` and `GET /boundaries/lines`.
extension BoundaryLine {
    public var properties: [(name: String, value: PropertyValue)] {
        func text(_ s: String?) -> PropertyValue { s.map(PropertyValue.string) ?? .null }
        return [("code", .string(code)), ("left_code", .string(leftCode)), ("right_code", .string(rightCode)),
                ("left_name", text(leftName)), ("right_name", text(rightName)), ("level", text(level)),
                ("length_m", .real((lengthM * 1000).rounded() / 1000)), ("agreement", text(agreement)),
                ("description", text(description)), ("version", .integer(Int64(version))),
                ("tolerance_m", toleranceM.map(PropertyValue.real) ?? .null), ("derived_at", text(derivedAt))]
    }

    public static func json(_ lines: [BoundaryLine]) -> [UInt8] {
        var out = JSONOutput()
        out.append("[")
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            line.appendObject(to: &out)
        }
        out.append("]")
        return out.bytes
    }

    public func json() -> [UInt8] {
        var out = JSONOutput()
        appendObject(to: &out)
        return out.bytes
    }

    private func appendObject(to out: inout JSONOutput) {
        out.append("{")
        for (j, (name, value)) in properties.enumerated() {
            if j > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(name); out.append(UInt8(ascii: ":")); out.appendProperty(value)
        }
        out.append("}")
    }

    public static func geoJSON(_ lines: [BoundaryLine]) -> [UInt8] {
        var out = JSONOutput()
        let encoder = GeoJSONEncoder(decimals: 7)
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: .string(line.code), properties: line.properties, geometry: line.geometry, to: &out)
        }
        out.append("]}")
        return out.bytes
    }
}

extension BoundaryLineVersion {
    public static func json(_ versions: [BoundaryLineVersion]) -> [UInt8] {
        var out = JSONOutput()
        out.append("[")
        for (i, v) in versions.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append("{\"code\":"); out.appendString(v.code)
            out.append(",\"version\":"); out.appendInteger(Int64(v.version))
            out.append(",\"length_m\":"); out.appendProperty(v.lengthM.map(PropertyValue.real) ?? .null)
            out.append(",\"agreement\":"); out.appendProperty(v.agreement.map(PropertyValue.string) ?? .null)
            out.append(",\"derived_at\":"); out.appendProperty(v.derivedAt.map(PropertyValue.string) ?? .null)
            out.append(",\"replaced_at\":"); out.appendString(v.replacedAt)
            out.append(",\"reason\":"); out.appendProperty(v.reason.map(PropertyValue.string) ?? .null)
            out.append("}")
        }
        out.append("]")
        return out.bytes
    }
}
