import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// 联合检查: displacement and bearing to the centimetre, moved/missing semantics and rounds
/// kept apart (case T8).
@Suite struct InspectionTests {
    static func setUp(_ name: String) async throws -> (Boundaries, DimingDatabase) {
        let database = try MarkerFixture.database(name)
        let boundaries = Boundaries(database)
        for (number, x) in [("420505-420581-001Q", MarkerFixture.x), ("420505-420581-002Q", MarkerFixture.x + 100),
                            ("420505-420581-003Q", MarkerFixture.x + 200)] {
            _ = try await boundaries.addMarker(MarkerFixture.draft(number, x: x), by: MarkerFixture.admin)
        }
        return (boundaries, database)
    }

    static func round(_ boundaries: Boundaries, on date: String) async throws -> InspectionRound {
        try await boundaries.openRound(RoundDraft(line: MarkerFixture.line, round: 5, startedOn: date, teamLeft: "猇亭区民政局",
                                                  teamRight: "宜都市民政局", documents: ["协议书 2019-01"]), by: MarkerFixture.admin)
    }

    @Test func aMovedMarkerCarriesItsDisplacementAndBearing() async throws {
        let (boundaries, _) = try await Self.setUp("moved")
        let round = try await Self.round(boundaries, on: "2024-10-15")
        #expect(round.toleranceM == 0.10 && round.line == MarkerFixture.line && round.documents == ["协议书 2019-01"])
        // 2 m north and 2 m east of (3 396 851.290, 527 449.600).
        let moved = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-001Q", kind: .moved, measured: SurveyedPoint(x: 3_396_853.290, y: 527_451.600, epsg: 4546)), by: MarkerFixture.admin)
        #expect(String(format: "%.2f", moved.displacementM!) == "2.83")
        #expect(abs(moved.displacementM! - 2.828427) < 0.000_01)
        #expect(String(format: "%.2f", moved.bearingDeg!) == "45.00")
        #expect(moved.withinTolerance == false)
        #expect(abs(moved.displacementVector!.north - 2) < 0.005 && abs(moved.displacementVector!.east - 2) < 0.005)
        // 1.5 m south, measured in the zone-prefixed EPSG:4525: the same plane, bearing 180°.
        let south = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-002Q", kind: .moved, measured: SurveyedPoint(x: MarkerFixture.x + 100 - 1.5, y: 37_527_449.600, epsg: 4525)),
            by: MarkerFixture.admin)
        #expect(String(format: "%.2f", south.displacementM!) == "1.50")
        #expect(String(format: "%.2f", south.bearingDeg!) == "180.00")
        #expect(try await boundaries.marker("420505-420581-001Q").status == .moved)
        // The registered position is not touched by a finding.
        #expect(try await boundaries.marker("420505-420581-001Q").surveyed.x == MarkerFixture.x)
    }

    @Test func intactBeyondToleranceIsRefusedAndMovedNeedsCoordinates() async throws {
        let (boundaries, database) = try await Self.setUp("intact")
        let round = try await Self.round(boundaries, on: "2024-10-15")
        do {
            _ = try await boundaries.recordFinding(round: round.id, FindingDraft(
                marker: "420505-420581-001Q", kind: .intact, measured: SurveyedPoint(x: MarkerFixture.x + 0.5, y: MarkerFixture.y, epsg: 4546)),
                by: MarkerFixture.admin)
            Issue.record("intact 0.5 m off was accepted")
        } catch let error as InspectionsError {
            #expect(error.type == "beyond-tolerance" && error.status == 422)
        }
        await #expect(throws: InspectionsError.needsMeasured(.moved)) {
            try await boundaries.recordFinding(round: round.id, FindingDraft(marker: "420505-420581-001Q", kind: .moved), by: MarkerFixture.admin)
        }
        // Within 10 cm, intact is fine.
        let ok = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-001Q", kind: .intact, measured: SurveyedPoint(x: MarkerFixture.x + 0.03, y: MarkerFixture.y + 0.04, epsg: 4546)),
            by: MarkerFixture.admin)
        #expect(abs(ok.displacementM! - 0.05) < 1e-6 && ok.withinTolerance == true)
        #expect(try MarkerFixture.count("inspections", in: database) == 1)
    }

    /// T8: two rounds, each keeping its own findings; the missing marker keeps its registered
    /// point; the status follows the latest round; the history is over both.
    @Test func t8RoundsNeverOverwriteEachOther() async throws {
        let (boundaries, _) = try await Self.setUp("rounds")
        let fourth = try await Self.round(boundaries, on: "2019-09-01")
        let fifth = try await Self.round(boundaries, on: "2024-10-15")
        let registered = try await boundaries.marker("420505-420581-003Q")
        _ = try await boundaries.recordFinding(round: fourth.id, FindingDraft(marker: "420505-420581-003Q", kind: .intact), by: MarkerFixture.admin)
        let missing = try await boundaries.recordFinding(round: fifth.id, FindingDraft(marker: "420505-420581-003Q", kind: .missing,
                                                                                       note: "修路时丢失"), by: MarkerFixture.admin)
        #expect(missing.position == registered.position && missing.measured == nil && missing.displacementM == nil)
        let after = try await boundaries.marker("420505-420581-003Q")
        #expect(after.status == .missing && after.position == registered.position && after.surveyed == registered.surveyed)
        // Recording the 4th round again (a correction) replaces only that round's finding.
        _ = try await boundaries.recordFinding(round: fourth.id, FindingDraft(marker: "420505-420581-003Q", kind: .damaged), by: MarkerFixture.admin)
        let history = try await boundaries.markerHistory("420505-420581-003Q")
        #expect(history.map(\.round) == [fourth.id, fifth.id])
        #expect(history.map(\.kind) == [.damaged, .missing])
        // The status is the latest round's, not the latest write's.
        #expect(try await boundaries.marker("420505-420581-003Q").status == .missing)
        #expect(try await boundaries.rounds(line: MarkerFixture.line).map(\.id) == [fourth.id, fifth.id])
    }

    @Test func findingsAlongTheLineNeedAPosition() async throws {
        let (boundaries, _) = try await Self.setUp("along")
        let round = try await Self.round(boundaries, on: "2024-10-15")
        await #expect(throws: InspectionsError.needsPosition(.construction)) {
            try await boundaries.recordFinding(round: round.id, FindingDraft(marker: nil, kind: .construction), by: MarkerFixture.admin)
        }
        await #expect(throws: InspectionsError.needsMarker(.damaged)) {
            try await boundaries.recordFinding(round: round.id, FindingDraft(marker: nil, kind: .damaged), by: MarkerFixture.admin)
        }
        let built = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: nil, kind: .construction, position: Position(lon: 111.285, lat: 30.70), note: "新建厂房跨界"), by: MarkerFixture.admin)
        #expect(built.position == Position(lon: 111.285, lat: 30.70) && built.marker == nil)
        let terrain = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: nil, kind: .terrain, measured: SurveyedPoint(x: MarkerFixture.x, y: MarkerFixture.y, epsg: 4546)), by: MarkerFixture.admin)
        #expect(abs(terrain.position.lon - 111.2865) < 1e-6)
        #expect(try await boundaries.findings(round: round.id).count == 2)
    }

    @Test func anInspectorOfEitherSideMayRecord() async throws {
        let (boundaries, database) = try await Self.setUp("inspect-auth")
        let xiaoting = MarkerFixture.account(.boundaryInspector, scope: "420505", name: "xiaoting")
        let round = try await boundaries.openRound(RoundDraft(line: MarkerFixture.line, startedOn: "2024-10-15"), by: xiaoting)
        let yidu = MarkerFixture.account(.boundaryInspector, scope: "420581", name: "yidu")
        _ = try await boundaries.recordFinding(round: round.id, FindingDraft(marker: "420505-420581-001Q", kind: .intact), by: yidu)
        let officer = MarkerFixture.account(.placenameOfficer, scope: nil, name: "officer")
        await #expect(throws: AccessError.self) {
            try await boundaries.recordFinding(round: round.id, FindingDraft(marker: "420505-420581-002Q", kind: .intact), by: officer)
        }
        let actions = try await database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT account || ' ' || action FROM diming_audit WHERE layer = 'inspections' ORDER BY id")
        }
        #expect(actions == ["xiaoting inspection.open", "yidu inspection.record"])
    }

    /// A marker near the zone border (112.4°E) registered in EPSG:4546 and measured in the next
    /// zone's EPSG:4547 (cs2cs: the same point is X 3 398 807.1847, Y 346 707.2917 there): the
    /// measured point goes through lon/lat onto the registered plane.
    @Test func aPointMeasuredInTheNextZoneIsComparedOnTheRegisteredPlane() async throws {
        let (boundaries, _) = try await Self.setUp("next-zone")
        _ = try await boundaries.addMarker(MarkerFixture.draft("420505-420581-009Q", x: 3_398_550.9853, y: 634_129.1491), by: MarkerFixture.admin)
        let round = try await Self.round(boundaries, on: "2024-10-15")
        let same = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-009Q", kind: .intact, measured: SurveyedPoint(x: 3_398_807.1847, y: 346_707.2917, epsg: 4547)), by: MarkerFixture.admin)
        #expect(same.displacementM! < 0.001 && same.withinTolerance == true)
        // One metre north on zone 38's grid: one metre on zone 37's, its grid north turned by the
        // difference of the meridian convergences (about 1.5° here).
        let north = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-009Q", kind: .moved, measured: SurveyedPoint(x: 3_398_808.1847, y: 346_707.2917, epsg: 4547)), by: MarkerFixture.admin)
        #expect(abs(north.displacementM! - 1) < 0.001)
        #expect(north.bearingDeg! > 357 && north.bearingDeg! < 360)
    }

    @Test func displacementBearingsCoverEveryQuadrant() {
        let origin = (x: 0.0, y: 0.0)
        #expect(Displacement(registered: origin, measured: (1, 0)).bearingDeg == 0)
        #expect(Displacement(registered: origin, measured: (0, 1)).bearingDeg == 90)
        #expect(Displacement(registered: origin, measured: (-1, 0)).bearingDeg == 180)
        #expect(Displacement(registered: origin, measured: (0, -1)).bearingDeg == 270)
        #expect(abs(Displacement(registered: origin, measured: (1, -1)).bearingDeg - 315) < 1e-9)
    }
}
