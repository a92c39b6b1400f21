import DimingCore

/// What registering (or re-registering) a marker needs: a row of the 界桩登记表. The number's
/// parts (sequence, type code) are taken from the number when it follows a known pattern and
/// they are not given; `epsg` is recognised from the easting's zone prefix when not given.
public struct MarkerDraft: Sendable, Equatable {
    public var number: String
    public var line: String
    public var sequence: Int?
    public var typeCode: String?
    public var kind: String?
    public var material: String?
    /// X northing, metres.
    public var x: Double
    /// Y easting, metres, with the zone prefix when the CRS has one.
    public var y: Double
    public var epsg: Int32?
    public var heightM: Double?
    public var location: String?
    public var referenceObjects: [ReferenceObject]
    public var photos: [String]
    public var registeredOn: String?
    public var note: String?

    public init(number: String, line: String, sequence: Int? = nil, typeCode: String? = nil, kind: String? = nil, material: String? = nil,
                x: Double, y: Double, epsg: Int32? = nil, heightM: Double? = nil, location: String? = nil,
                referenceObjects: [ReferenceObject] = [], photos: [String] = [], registeredOn: String? = nil, note: String? = nil) {
        self.number = number; self.line = line; self.sequence = sequence; self.typeCode = typeCode; self.kind = kind
        self.material = material; self.x = x; self.y = y; self.epsg = epsg; self.heightM = heightM; self.location = location
        self.referenceObjects = referenceObjects; self.photos = photos; self.registeredOn = registeredOn; self.note = note
    }
}
