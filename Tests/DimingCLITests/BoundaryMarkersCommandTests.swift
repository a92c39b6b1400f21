import Foundation
import Testing

/// `diming boundary markers|inspect|report` end to end: the built binary on a real file whose
/// line was written by the sqlite3 shell with SpatiaLite (the lines are derived elsewhere).
@Suite struct BoundaryMarkersCommandTests {
    let directory: URL
    let db: String

    static let divisions = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"420505","name":"猇亭区","level":"county"},"geometry":{"type":"Polygon","coordinates":[[[111.28,30.6],[111.4,30.6],[111.4,30.8],[111.28,30.8],[111.28,30.6]]]}},{"type":"Feature","properties":{"code":"420581","name":"宜都市","level":"county"},"geometry":{"type":"Polygon","coordinates":[[[111.1,30.6],[111.28,30.6],[111.28,30.8],[111.1,30.8],[111.1,30.6]]]}}]}"#

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("b.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        let file = directory.appendingPathComponent("divisions.geojson").path
        try Self.divisions.write(toFile: file, atomically: true, encoding: .utf8)
        let loaded = try CommandRunner.diming("import", "divisions", file, "--db", db)
        try #require(loaded.status == 0, "\(loaded.stderr)")
        let line = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, """
            SELECT load_extension('mod_spatialite');
            INSERT INTO boundary_lines (code, left_code, right_code, left_name, right_name, length_m, geom) VALUES
              ('420505-420581', '420505', '420581', '猇亭区', '宜都市', 22180,
               CastToMultiLineString(GeomFromText('LINESTRING(111.28 30.60, 111.2865 30.6919, 111.28 30.80)', 4490)));
            """])
        try #require(line.status == 0, "\(line.stderr)")
    }

    func boundary(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, ["boundary"] + arguments + ["--db", db])
    }

    @Test(.enabled(if: TestTools.runs(needing: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func importInspectAndReport() throws {
        let register = directory.appendingPathComponent("register.csv")
        try Data(("\u{FEFF}界桩编号,所属界线,类型,X坐标,Y坐标\n420505-420581-001Q,420505-420581,Q,3396851.290,527449.600\n"
                  + "420505-420581-002Q,420505-420581,Q,3396951.290,37527449.600\n").utf8).write(to: register)
        let imported = try boundary("markers", "import", register.path)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported: 2 registered, 0 updated\n")

        let geojson = try boundary("markers", "list", "--line", "420505-420581", "--format", "geojson")
        #expect(geojson.stdout.contains("\"coordinates\":[111.2865,30.6919]") && geojson.stdout.contains("\"epsg\":4525"))

        let opened = try boundary("inspect", "open", "420505-420581", "--date", "2024-10-15", "--team-left", "猇亭", "--team-right", "宜都",
                                  "--document", "协议书", "--format", "json")
        #expect(opened.status == 0, "\(opened.stderr)")
        let round = try #require((try JSONSerialization.jsonObject(with: Data(opened.stdout.utf8)) as? [String: Any])?["id"] as? String)

        let moved = try boundary("inspect", "record", round, "--marker", "420505-420581-001Q", "--finding", "moved", "--x", "3396853.290", "--y", "527451.600")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout == "recorded: 420505-420581-001Q moved, displaced 2.828 m at bearing 45.00°\n")
        let intact = try boundary("inspect", "record", round, "--marker", "420505-420581-002Q", "--finding", "intact", "--x", "3396951.790", "--y", "37527449.600")
        #expect(intact.status != 0)
        #expect(intact.stderr.contains("beyond the tolerance of 0.100 m"))

        let history = try boundary("inspect", "history", "420505-420581-001Q", "--format", "json")
        #expect(history.stdout.contains("\"displacement_m\" : 2.828"))

        let page = directory.appendingPathComponent("report.html")
        let report = try boundary("report", round, "--format", "html", "--output", page.path)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("420505-420581-001Q"))

        let exported = try boundary("markers", "export", "420505-420581")
        #expect(exported.stdout.hasPrefix("\u{FEFF}界桩编号,所属界线"))

        let swapped = directory.appendingPathComponent("swapped.csv")
        try Data("界桩编号,所属界线,X坐标,Y坐标\nM9,420505-420581,527449.600,3396851.290\n".utf8).write(to: swapped)
        let refused = try boundary("markers", "import", swapped.path)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("row 1 (x)"))
    }
}
