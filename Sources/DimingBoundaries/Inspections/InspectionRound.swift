import DimingCore

/// A joint inspection round of one line (a row of `inspection_rounds`).
public struct InspectionRound: Sendable, Equatable {
    public var id: String
    public var line: String
    /// 第N轮 (the fifth round ran 2023–2025), when known.
    public var round: Int?
    public var startedOn: String
    public var finishedOn: String?
    /// The teams of the two sides (the line's left and right code).
    public var teamLeft: String?
    public var teamRight: String?
    /// 实施方案、会议纪要、协议书 … references.
    public var documents: [String]
    public var reportNumber: String?
    /// Displacement allowed before a marker counts as moved, in metres.
    public var toleranceM: Double
    public var lineVersion: Int?
    public var createdBy: String?
    public var createdAt: String

    public init(id: String, line: String, round: Int? = nil, startedOn: String, finishedOn: String? = nil, teamLeft: String? = nil,
                teamRight: String? = nil, documents: [String] = [], reportNumber: String? = nil, toleranceM: Double,
                lineVersion: Int? = nil, createdBy: String? = nil, createdAt: String) {
        self.id = id; self.line = line; self.round = round; self.startedOn = startedOn; self.finishedOn = finishedOn
        self.teamLeft = teamLeft; self.teamRight = teamRight; self.documents = documents; self.reportNumber = reportNumber
        self.toleranceM = toleranceM; self.lineVersion = lineVersion; self.createdBy = createdBy; self.createdAt = createdAt
    }
}

/// What opening a round needs.
public struct RoundDraft: Sendable, Equatable {
    public var line: String
    public var round: Int?
    public var startedOn: String
    public var finishedOn: String?
    public var teamLeft: String?
    public var teamRight: String?
    public var documents: [String]
    public var reportNumber: String?
    /// Default 0.10 m.
    public var toleranceM: Double

    public init(line: String, round: Int? = nil, startedOn: String, finishedOn: String? = nil, teamLeft: String? = nil, teamRight: String? = nil,
                documents: [String] = [], reportNumber: String? = nil, toleranceM: Double = 0.10) {
        self.line = line; self.round = round; self.startedOn = startedOn; self.finishedOn = finishedOn; self.teamLeft = teamLeft
        self.teamRight = teamRight; self.documents = documents; self.reportNumber = reportNumber; self.toleranceM = toleranceM
    }
}

/// One finding an inspector records in a round.
public struct FindingDraft: Sendable, Equatable {
    /// The marker's number; nil for a finding along the line (then `measured` or `position` places it).
    public var marker: String?
    public var kind: FindingKind
    public var inspectionDate: String?
    /// The position measured in the field, X northing / Y easting with its EPSG (4546, 4525 …;
    /// 0: recognised from the easting, as in the register).
    public var measured: SurveyedPoint?
    /// lon/lat, for a finding along the line given without surveyed metres.
    public var position: Position?
    public var note: String?

    public init(marker: String?, kind: FindingKind, inspectionDate: String? = nil, measured: SurveyedPoint? = nil,
                position: Position? = nil, note: String? = nil) {
        self.marker = marker; self.kind = kind; self.inspectionDate = inspectionDate; self.measured = measured
        self.position = position; self.note = note
    }
}

/// A recorded finding (a feature of the `inspections` layer).
public struct InspectionFinding: Sendable, Equatable {
    public var id: String
    public var round: String
    public var line: String
    public var marker: String?
    public var kind: FindingKind
    public var inspectionDate: String
    public var measured: SurveyedPoint?
    /// From the registered to the measured position, in metres on the Gauss-Krüger plane.
    public var displacementM: Double?
    /// Of the displacement, degrees clockwise from grid north (0 ≤ b < 360).
    public var bearingDeg: Double?
    public var withinTolerance: Bool?
    public var note: String?
    public var recordedBy: String?
    public var position: Position

    public init(id: String, round: String, line: String, marker: String?, kind: FindingKind, inspectionDate: String,
                measured: SurveyedPoint?, displacementM: Double?, bearingDeg: Double?, withinTolerance: Bool?, note: String?,
                recordedBy: String?, position: Position) {
        self.id = id; self.round = round; self.line = line; self.marker = marker; self.kind = kind; self.inspectionDate = inspectionDate
        self.measured = measured; self.displacementM = displacementM; self.bearingDeg = bearingDeg; self.withinTolerance = withinTolerance
        self.note = note; self.recordedBy = recordedBy; self.position = position
    }
}

/// 联检报告: a round with its line, the markers and their findings, and the findings along the line.
public struct InspectionReport: Sendable, Equatable {
    public var round: InspectionRound
    public var line: BoundaryLine
    public var markers: [BoundaryMarker]
    public var findings: [InspectionFinding]

    public init(round: InspectionRound, line: BoundaryLine, markers: [BoundaryMarker], findings: [InspectionFinding]) {
        self.round = round; self.line = line; self.markers = markers; self.findings = findings
    }
}
