import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import Testing

/// 联检报告: the round's data, the map of the line with the markers coloured by finding, the
/// tables, and the same content as JSON; text from users is escaped.
@Suite struct ReportTests {
    static func inspected() async throws -> (Boundaries, InspectionReport) {
        let (boundaries, _) = try await InspectionTests.setUp("report")
        let round = try await boundaries.openRound(RoundDraft(line: MarkerFixture.line, round: 5, startedOn: "2024-10-15", teamLeft: "猇亭区<民政局>",
                                                              teamRight: "宜都市民政局", documents: ["协议书 & 附图"], reportNumber: "宜联检〔2024〕3号"),
                                                   by: MarkerFixture.admin)
        _ = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: "420505-420581-001Q", kind: .moved, measured: SurveyedPoint(x: 3_396_853.290, y: 527_451.600, epsg: 4546)), by: MarkerFixture.admin)
        _ = try await boundaries.recordFinding(round: round.id, FindingDraft(marker: "420505-420581-002Q", kind: .missing), by: MarkerFixture.admin)
        _ = try await boundaries.recordFinding(round: round.id, FindingDraft(
            marker: nil, kind: .construction, position: Position(lon: 111.285, lat: 30.70), note: "<script>alert(1)</script>厂房"), by: MarkerFixture.admin)
        return (boundaries, try await boundaries.report(round: round.id))
    }

    @Test func thePageHasTheMapTheMarkerRowsAndEscapesUserText() async throws {
        let (_, report) = try await Self.inspected()
        #expect(report.markers.count == 3 && report.findings.count == 3 && report.alongLine.count == 1)
        let html = InspectionReportPage.html(report, language: .zh)
        #expect(html.contains("<svg") && html.contains("<path class=\"line\""))
        // Markers coloured by finding: moved red, missing black, not inspected white.
        #expect(html.contains("class=\"marker moved\"") && html.contains("fill=\"#d73027\""))
        #expect(html.contains("class=\"marker missing\"") && html.contains("fill=\"#000000\""))
        #expect(html.contains("class=\"marker not-inspected\""))
        #expect(html.components(separatedBy: "<tr class=\"marker\">").count == 4)
        #expect(html.contains("<td class=\"num\">3396851.290</td><td class=\"num\">527449.600</td><td class=\"num\">3396853.290</td><td class=\"num\">527451.600</td>"))
        #expect(html.contains("<td class=\"num\">2.828</td><td class=\"num\">45.00</td>"))
        #expect(html.contains("行政区域界线联合检查报告") && html.contains("Joint inspection report"))
        #expect(html.contains("@page { size: A4"))
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;厂房"))
        #expect(html.contains("猇亭区&lt;民政局&gt;") && html.contains("协议书 &amp; 附图"))
    }

    @Test func theJSONCarriesTheSameContent() async throws {
        let (_, report) = try await Self.inspected()
        let object = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        let markers = object["markers"] as! [[String: Any]]
        let moved = markers.first { $0["number"] as? String == "420505-420581-001Q" }!
        let finding = moved["finding"] as! [String: Any]
        #expect(finding["kind"] as? String == "moved")
        #expect(String(format: "%.2f", finding["displacement_m"] as! Double) == "2.83")
        #expect(String(format: "%.2f", finding["bearing_deg"] as! Double) == "45.00")
        #expect(moved["x_cgcs2000_gk"] as? Double == 3_396_851.290)
        #expect((object["findings_along_line"] as! [[String: Any]]).first?["kind"] as? String == "construction")
        let summary = object["summary"] as! [String: Int]
        #expect(summary == ["markers": 3, "intact": 0, "damaged": 0, "moved": 1, "missing": 1, "not_inspected": 1])
        let line = object["line"] as! [String: Any]
        #expect(line["code"] as? String == MarkerFixture.line && (line["geometry"] as! [String: Any])["type"] as? String == "MultiLineString")
        #expect((object["round"] as! [String: Any])["tolerance_m"] as? Double == 0.1)
    }
}
