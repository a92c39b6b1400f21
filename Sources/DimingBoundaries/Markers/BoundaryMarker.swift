import DimingCore

/// A 界桩 as registered (a row of `boundary_markers`, a row of the 界桩登记表).
public struct BoundaryMarker: Sendable, Equatable {
    /// The number as printed: `420505-420581-001Q`, `灵川—东海2号`.
    public var number: String
    /// The line's code.
    public var line: String
    public var leftCode: String?
    public var rightCode: String?
    public var sequence: Int?
    /// GB/T 17796 type code: Q single, A/B paired, C/D/E tripled.
    public var typeCode: String?
    /// single, paired, tripled.
    public var kind: String?
    public var material: String?
    /// The surveyed position as registered, in the CRS `epsg` names.
    public var surveyed: SurveyedPoint
    public var heightM: Double?
    public var location: String?
    public var referenceObjects: [ReferenceObject]
    public var photos: [String]
    public var registeredOn: String?
    /// From the latest inspection; nil before the first.
    public var status: MarkerCondition?
    public var note: String?
    /// lon/lat (CGCS2000) of the surveyed position.
    public var position: Position

    public init(number: String, line: String, leftCode: String? = nil, rightCode: String? = nil, sequence: Int? = nil,
                typeCode: String? = nil, kind: String? = nil, material: String? = nil, surveyed: SurveyedPoint, heightM: Double? = nil,
                location: String? = nil, referenceObjects: [ReferenceObject] = [], photos: [String] = [], registeredOn: String? = nil,
                status: MarkerCondition? = nil, note: String? = nil, position: Position) {
        self.number = number; self.line = line; self.leftCode = leftCode; self.rightCode = rightCode; self.sequence = sequence
        self.typeCode = typeCode; self.kind = kind; self.material = material; self.surveyed = surveyed; self.heightM = heightM
        self.location = location; self.referenceObjects = referenceObjects; self.photos = photos; self.registeredOn = registeredOn
        self.status = status; self.note = note; self.position = position
    }
}

/// A surveyor's plane position: X northing and Y easting in metres (the Chinese surveyor's X is
/// north), in a CGCS2000 Gauss-Krüger CRS — EPSG:4546 (CM 111°E, false easting 500 000) or a
/// zone-prefixed one such as EPSG:4525 (zone 37, false easting 37 500 000).
public struct SurveyedPoint: Sendable, Equatable, Codable {
    public var x: Double
    public var y: Double
    public var epsg: Int32

    public init(x: Double, y: Double, epsg: Int32) {
        self.x = x; self.y = y; self.epsg = epsg
    }
}

/// 方位物: what a marker is found from — a named object, the bearing from the marker and the distance.
public struct ReferenceObject: Sendable, Equatable, Codable {
    public var name: String
    public var bearingDeg: Double?
    public var distanceM: Double?

    public init(name: String, bearingDeg: Double? = nil, distanceM: Double? = nil) {
        self.name = name; self.bearingDeg = bearingDeg; self.distanceM = distanceM
    }

    enum CodingKeys: String, CodingKey {
        case name
        case bearingDeg = "bearing_deg"
        case distanceM = "distance_m"
    }
}

/// What a 界桩登记表 import did.
public struct MarkerImport: Sendable, Equatable {
    public var added: Int
    public var updated: Int

    public init(added: Int, updated: Int) {
        self.added = added; self.updated = updated
    }
}
