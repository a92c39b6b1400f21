import DimingCore

/// The check's report as JSON and as a GeoJSON FeatureCollection (RFC 7946: right-hand
/// rings, 7 decimals), the same for `diming boundary check` and `GET /boundaries/check`.
/// Figures carry their unit in their name, findings their `kind`.
extension TopologyReport {
    public func json() -> [UInt8] {
        var out = JSONOutput()
        out.append("{\"tolerance_m\":"); out.appendDouble(toleranceM)
        out.append(",\"divisions_checked\":"); out.appendInteger(Int64(divisionsChecked))
        out.append(",\"pairs_checked\":"); out.appendInteger(Int64(pairsChecked))
        out.append(",\"summary\":{")
        for (i, kind) in TopologyFindingKind.allCases.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            let found = findings.filter { $0.kind == kind }
            out.appendString(kind.rawValue)
            out.append(":{\"count\":"); out.appendInteger(Int64(found.count))
            out.append(",\"area_m2\":"); out.appendDouble(found.compactMap(\.areaM2).reduce(0, +))
            out.append("}")
        }
        out.append("},\"findings\":[")
        for (i, finding) in findings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append("{")
            for (j, (name, value)) in finding.properties.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.appendString(name); out.append(UInt8(ascii: ":")); out.appendProperty(value)
            }
            out.append(",\"location\":[")
            out.appendCoordinate(finding.location.lon, decimals: 7); out.append(UInt8(ascii: ","))
            out.appendCoordinate(finding.location.lat, decimals: 7)
            out.append("]}")
        }
        out.append("]}")
        return out.bytes
    }

    /// One Feature per finding: its shape (the gap or overlap polygon), or its location.
    public func geoJSON() -> [UInt8] {
        var out = JSONOutput()
        let encoder = GeoJSONEncoder(decimals: 7)
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        for (i, finding) in findings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: .integer(Int64(i + 1)), properties: finding.properties,
                                  geometry: (finding.geometry ?? .point(finding.location)).rightHandRule, to: &out)
        }
        out.append("]}")
        return out.bytes
    }
}

extension TopologyFinding {
    /// The finding's figures, in the order JSON and GeoJSON write them.
    public var properties: [(name: String, value: PropertyValue)] {
        let codeList = "[" + codes.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        var properties: [(name: String, value: PropertyValue)] = [("kind", .string(kind.rawValue)), ("codes", .json(codeList))]
        if let marker { properties.append(("marker", .string(marker))) }
        if let line { properties.append(("line", .string(line))) }
        if let areaM2 { properties.append(("area_m2", .real((areaM2 * 1000).rounded() / 1000))) }
        if let widthM { properties.append(("width_m", .real((widthM * 1000).rounded() / 1000))) }
        if let distanceM { properties.append(("distance_m", .real((distanceM * 1000).rounded() / 1000))) }
        return properties
    }
}
