import DimingCore

/// What a topology check found (`diming boundary check`, `GET /boundaries/check`).
public enum TopologyFindingKind: String, Sendable, Codable, CaseIterable {
    /// Land between two neighbours (or among several) that belongs to none of them.
    case gap
    /// Land two neighbours both claim.
    case overlap
    /// Land of a parent that none of its children covers.
    case parentGap = "parent_gap"
    /// Land of a child outside its parent.
    case outsideParent = "outside_parent"
    /// A marker farther from its line than the tolerance.
    case markerOffLine = "marker_off_line"
    /// A line whose two sides' boundaries disagree by more than the tolerance (Hausdorff distance).
    case sidesDisagree = "sides_disagree"
    /// A division polygon that is not valid (self-intersection …).
    case invalidGeometry = "invalid_geometry"
}

/// One finding: its kind, the codes involved, its figures in metres and where it is.
public struct TopologyFinding: Sendable, Equatable {
    public var kind: TopologyFindingKind
    /// The divisions involved (two for a gap or overlap between neighbours, parent then child).
    public var codes: [String]
    /// The marker number, for `marker_off_line`.
    public var marker: String?
    /// The line code, for `marker_off_line` and `sides_disagree`.
    public var line: String?
    public var areaM2: Double?
    /// The widest place of a gap or overlap (twice the radius of the largest inscribed circle).
    public var widthM: Double?
    /// The distance from the line (`marker_off_line`) or between the two sides (`sides_disagree`).
    public var distanceM: Double?
    /// A point inside the finding, lon/lat.
    public var location: Position
    /// The finding's shape, lon/lat (the gap or overlap polygon, the marker point).
    public var geometry: Geometry?

    public init(kind: TopologyFindingKind, codes: [String], marker: String? = nil, line: String? = nil, areaM2: Double? = nil,
                widthM: Double? = nil, distanceM: Double? = nil, location: Position, geometry: Geometry? = nil) {
        self.kind = kind; self.codes = codes; self.marker = marker; self.line = line; self.areaM2 = areaM2
        self.widthM = widthM; self.distanceM = distanceM; self.location = location; self.geometry = geometry
    }
}

/// A check's result: the findings and what was looked at.
public struct TopologyReport: Sendable, Equatable {
    public var toleranceM: Double
    public var divisionsChecked: Int
    public var pairsChecked: Int
    public var findings: [TopologyFinding]

    public init(toleranceM: Double, divisionsChecked: Int, pairsChecked: Int, findings: [TopologyFinding]) {
        self.toleranceM = toleranceM; self.divisionsChecked = divisionsChecked; self.pairsChecked = pairsChecked; self.findings = findings
    }
}
