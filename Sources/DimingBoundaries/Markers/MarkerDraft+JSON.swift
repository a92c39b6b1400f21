import DimingCore

/// The JSON body of `POST /boundaries/markers` (one marker): the register's English names.
extension MarkerDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case number, line, sequence, kind, material, x, y, epsg, location, photos, note
        case typeCode = "type_code", heightM = "height_m", referenceObjects = "reference_objects", registeredOn = "registered_on"
        case xGK = "x_cgcs2000_gk", yGK = "y_cgcs2000_gk"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let x = try c.decodeIfPresent(Double.self, forKey: .x) ?? c.decodeIfPresent(Double.self, forKey: .xGK) else {
            throw MarkersError.missingField("x")
        }
        guard let y = try c.decodeIfPresent(Double.self, forKey: .y) ?? c.decodeIfPresent(Double.self, forKey: .yGK) else {
            throw MarkersError.missingField("y")
        }
        self.init(number: try c.decode(String.self, forKey: .number), line: try c.decode(String.self, forKey: .line),
                  sequence: try c.decodeIfPresent(Int.self, forKey: .sequence), typeCode: try c.decodeIfPresent(String.self, forKey: .typeCode),
                  kind: try c.decodeIfPresent(String.self, forKey: .kind), material: try c.decodeIfPresent(String.self, forKey: .material),
                  x: x, y: y, epsg: try c.decodeIfPresent(Int32.self, forKey: .epsg), heightM: try c.decodeIfPresent(Double.self, forKey: .heightM),
                  location: try c.decodeIfPresent(String.self, forKey: .location),
                  referenceObjects: try c.decodeIfPresent([ReferenceObject].self, forKey: .referenceObjects) ?? [],
                  photos: try c.decodeIfPresent([String].self, forKey: .photos) ?? [],
                  registeredOn: try c.decodeIfPresent(String.self, forKey: .registeredOn), note: try c.decodeIfPresent(String.self, forKey: .note))
    }
}
