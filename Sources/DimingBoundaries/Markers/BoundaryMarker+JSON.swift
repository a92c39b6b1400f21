import DimingCore

/// A marker as JSON: the register's fields, figures named with their unit, the surveyed metres
/// with their EPSG code (case T7) and the lon/lat.
extension BoundaryMarker: Encodable {
    enum CodingKeys: String, CodingKey {
        case number, line, sequence, kind, material, location, photos, status, note, lon, lat, epsg
        case leftCode = "left_code", rightCode = "right_code", typeCode = "type_code", heightM = "height_m"
        case x = "x_cgcs2000_gk", y = "y_cgcs2000_gk", referenceObjects = "reference_objects", registeredOn = "registered_on"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(line, forKey: .line)
        try c.encode(leftCode, forKey: .leftCode)
        try c.encode(rightCode, forKey: .rightCode)
        try c.encode(sequence, forKey: .sequence)
        try c.encode(typeCode, forKey: .typeCode)
        try c.encode(kind, forKey: .kind)
        try c.encode(material, forKey: .material)
        try c.encode(surveyed.x, forKey: .x)
        try c.encode(surveyed.y, forKey: .y)
        try c.encode(surveyed.epsg, forKey: .epsg)
        try c.encode(heightM, forKey: .heightM)
        try c.encode(location, forKey: .location)
        try c.encode(referenceObjects, forKey: .referenceObjects)
        try c.encode(photos, forKey: .photos)
        try c.encode(registeredOn, forKey: .registeredOn)
        try c.encode(status?.rawValue, forKey: .status)
        try c.encode(note, forKey: .note)
        try c.encode(position.lon, forKey: .lon)
        try c.encode(position.lat, forKey: .lat)
    }

    /// The GeoJSON properties (RFC 7946: the point is the geometry, lon/lat rounded to 7 decimals).
    public var geoJSONProperties: [(name: String, value: PropertyValue)] {
        func text(_ s: String?) -> PropertyValue { s.map(PropertyValue.string) ?? .null }
        func real(_ d: Double?) -> PropertyValue { d.map(PropertyValue.real) ?? .null }
        let objects: PropertyValue = referenceObjects.isEmpty ? .null : .json(MarkerStore.json(referenceObjects))
        var properties: [(name: String, value: PropertyValue)] = []
        properties.append((name: "number", value: .string(number)))
        properties.append((name: "line", value: .string(line)))
        properties.append((name: "left_code", value: text(leftCode)))
        properties.append((name: "right_code", value: text(rightCode)))
        properties.append((name: "sequence", value: sequence.map { PropertyValue.integer(Int64($0)) } ?? .null))
        properties.append((name: "type_code", value: text(typeCode)))
        properties.append((name: "kind", value: text(kind)))
        properties.append((name: "material", value: text(material)))
        properties.append((name: "x_cgcs2000_gk", value: .real(surveyed.x)))
        properties.append((name: "y_cgcs2000_gk", value: .real(surveyed.y)))
        properties.append((name: "epsg", value: .integer(Int64(surveyed.epsg))))
        properties.append((name: "height_m", value: real(heightM)))
        properties.append((name: "location", value: text(location)))
        properties.append((name: "reference_objects", value: objects))
        properties.append((name: "registered_on", value: text(registeredOn)))
        properties.append((name: "status", value: text(status?.rawValue)))
        properties.append((name: "note", value: text(note)))
        return properties
    }
}

extension [BoundaryMarker] {
    /// A GeoJSON FeatureCollection of the markers, id = number.
    public var geoJSON: String {
        var out = JSONOutput()
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        let encoder = GeoJSONEncoder()
        for (i, marker) in enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: .string(marker.number), properties: marker.geoJSONProperties, geometry: .point(marker.position), to: &out)
        }
        out.append("]}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
