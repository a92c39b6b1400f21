import DimingCore
import Foundation

/// Rounds and findings as JSON: figures named with their unit, findings with their `kind`,
/// the displacement also as its north and east components (the vector of case T8).
extension InspectionRound: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, line, round, documents
        case startedOn = "started_on", finishedOn = "finished_on", teamLeft = "team_left", teamRight = "team_right"
        case reportNumber = "report_number", toleranceM = "tolerance_m", lineVersion = "line_version", createdBy = "created_by"
        case createdAt = "created_at"
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(line, forKey: .line); try c.encode(round, forKey: .round)
        try c.encode(startedOn, forKey: .startedOn); try c.encode(finishedOn, forKey: .finishedOn)
        try c.encode(teamLeft, forKey: .teamLeft); try c.encode(teamRight, forKey: .teamRight); try c.encode(documents, forKey: .documents)
        try c.encode(reportNumber, forKey: .reportNumber); try c.encode(toleranceM, forKey: .toleranceM)
        try c.encode(lineVersion, forKey: .lineVersion); try c.encode(createdBy, forKey: .createdBy); try c.encode(createdAt, forKey: .createdAt)
    }
}

extension InspectionFinding: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, round, line, marker, kind, epsg, note, lon, lat
        case inspectionDate = "inspection_date", measuredX = "measured_x_gk", measuredY = "measured_y_gk"
        case displacementM = "displacement_m", north = "displacement_north_m", east = "displacement_east_m", bearingDeg = "bearing_deg"
        case withinTolerance = "within_tolerance", recordedBy = "recorded_by"
    }

    /// ΔX (north) and ΔY (east) of the displacement, metres.
    public var displacementVector: (north: Double, east: Double)? {
        guard let d = displacementM, let b = bearingDeg else { return nil }
        return (d * cos(b * .pi / 180), d * sin(b * .pi / 180))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(round, forKey: .round); try c.encode(line, forKey: .line)
        try c.encode(marker, forKey: .marker); try c.encode(kind.rawValue, forKey: .kind); try c.encode(inspectionDate, forKey: .inspectionDate)
        try c.encode(measured?.x, forKey: .measuredX); try c.encode(measured?.y, forKey: .measuredY); try c.encode(measured?.epsg, forKey: .epsg)
        try c.encode(displacementM, forKey: .displacementM)
        try c.encode(displacementVector?.north, forKey: .north); try c.encode(displacementVector?.east, forKey: .east)
        try c.encode(bearingDeg, forKey: .bearingDeg); try c.encode(withinTolerance, forKey: .withinTolerance)
        try c.encode(note, forKey: .note); try c.encode(recordedBy, forKey: .recordedBy)
        try c.encode(position.lon, forKey: .lon); try c.encode(position.lat, forKey: .lat)
    }
}

/// The JSON bodies of `POST /boundaries/inspections` and `…/findings`.
extension RoundDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case line, round, documents
        case startedOn = "started_on", finishedOn = "finished_on", teamLeft = "team_left", teamRight = "team_right"
        case reportNumber = "report_number", toleranceM = "tolerance_m"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(line: try c.decode(String.self, forKey: .line), round: try c.decodeIfPresent(Int.self, forKey: .round),
                  startedOn: try c.decode(String.self, forKey: .startedOn), finishedOn: try c.decodeIfPresent(String.self, forKey: .finishedOn),
                  teamLeft: try c.decodeIfPresent(String.self, forKey: .teamLeft), teamRight: try c.decodeIfPresent(String.self, forKey: .teamRight),
                  documents: try c.decodeIfPresent([String].self, forKey: .documents) ?? [],
                  reportNumber: try c.decodeIfPresent(String.self, forKey: .reportNumber),
                  toleranceM: try c.decodeIfPresent(Double.self, forKey: .toleranceM) ?? 0.10)
    }
}

extension FindingDraft: Decodable {
    enum CodingKeys: String, CodingKey {
        case marker, kind, x, y, epsg, lon, lat, note
        case inspectionDate = "inspection_date"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kindText = try c.decode(String.self, forKey: .kind)
        guard let kind = FindingKind(rawValue: kindText) else { throw InspectionsError.invalidValue(field: "kind", value: kindText) }
        let x = try c.decodeIfPresent(Double.self, forKey: .x), y = try c.decodeIfPresent(Double.self, forKey: .y)
        if (x == nil) != (y == nil) { throw InspectionsError.invalidValue(field: x == nil ? "x" : "y", value: "null") }
        let lon = try c.decodeIfPresent(Double.self, forKey: .lon), lat = try c.decodeIfPresent(Double.self, forKey: .lat)
        let epsg = try c.decodeIfPresent(Int32.self, forKey: .epsg)
        self.init(marker: try c.decodeIfPresent(String.self, forKey: .marker), kind: kind,
                  inspectionDate: try c.decodeIfPresent(String.self, forKey: .inspectionDate),
                  measured: x.flatMap { x in y.map { SurveyedPoint(x: x, y: $0, epsg: epsg ?? 0) } },
                  position: lon.flatMap { lon in lat.map { Position(lon: lon, lat: $0) } }, note: try c.decodeIfPresent(String.self, forKey: .note))
    }
}
