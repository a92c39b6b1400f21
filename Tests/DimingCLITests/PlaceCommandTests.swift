import Foundation
import Testing

/// `diming place …` end to end on a real file: the built binary, a county of two townships.
@Suite struct PlaceCommandTests {
    let directory: URL
    let db: String

    static let divisions = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"420581","name":"宜都市","level":"county"},"geometry":{"type":"Polygon","coordinates":[[[111.0,30.0],[111.6,30.0],[111.6,30.6],[111.0,30.6],[111.0,30.0]]]}},
        {"type":"Feature","properties":{"code":"420581001","name":"陆城街道","level":"township","parent":"420581"},"geometry":{"type":"Polygon","coordinates":[[[111.0,30.0],[111.3,30.0],[111.3,30.6],[111.0,30.6],[111.0,30.0]]]}},
        {"type":"Feature","properties":{"code":"420581100","name":"红花套镇","level":"township","parent":"420581"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.0],[111.6,30.0],[111.6,30.6],[111.3,30.6],[111.3,30.0]]]}}
        ]}
        """

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("g.sqlite").path
        let file = directory.appendingPathComponent("divisions.geojson").path
        try Self.divisions.write(toFile: file, atomically: true, encoding: .utf8)
        let made = try CommandRunner.diming("init", "--db", db)
        try #require(made.status == 0, "diming init failed: \(made.stderr)")
        let loaded = try CommandRunner.diming("import", "divisions", file, "--db", db)
        try #require(loaded.status == 0, "import divisions failed: \(loaded.stderr)")
    }

    func place(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, ["place"] + arguments + ["--db", db])
    }

    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    /// The id of the only place named `name`.
    func id(of name: String) throws -> String {
        let list = try #require(try json(try place("list", "--format", "json", "--include-reserved").stdout) as? [[String: Any]])
        return try #require(list.first { $0["name"] as? String == name }?["id"] as? String)
    }

    @Test func proposeApproveRenameAndReadTheHistoryOfAnyDate() throws {
        let proposed = try place("propose", "建设路", "--category", "road", "--lon", "111.1", "--lat", "30.3")
        #expect(proposed.status == 0, "\(proposed.stderr)")
        #expect(proposed.stdout.contains("建设路") && proposed.stdout.contains("proposed") && proposed.stdout.contains("420581001"))
        let id = try id(of: "建设路")
        #expect(try place("approve", id, "--document", "宜府函〔2001〕5号", "--date", "2001-09-01").status == 0)
        let renamed = try place("rename", id, "长江大道", "--document", "宜府函〔2024〕12号", "--date", "2024-05-01", "--authority", "宜都市人民政府")
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(try self.id(of: "长江大道") == id)

        let before = try #require(try json(try place("show", id, "--as-of", "2024-04-30", "--format", "json").stdout) as? [String: Any])
        #expect((before["place"] as? [String: Any])?["name"] as? String == "建设路")
        let after = try #require(try json(try place("show", id, "--as-of", "2024-05-01", "--format", "json").stdout) as? [String: Any])
        #expect((after["place"] as? [String: Any])?["name"] as? String == "长江大道")
        let listed = try place("list", "--as-of", "2015-06-01")
        #expect(listed.stdout.contains("建设路") && !listed.stdout.contains("长江大道"))

        let history = try place("history", id)
        for action in ["propose", "approve", "rename"] { #expect(history.stdout.contains(action)) }
        #expect(history.stdout.contains("宜府函〔2024〕12号"))

        let bad = try place("show", id, "--as-of", "2024/05/01")
        #expect(bad.status != 0)
        #expect(bad.stderr == "Error: asOf: \"2024/05/01\" is not a date of the form YYYY-MM-DD\n")
    }

    @Test func anIllegalStepIsOneLineNamingTheStatus() throws {
        #expect(try place("propose", "解放路", "--category", "road", "--lon", "111.1", "--lat", "30.3").status == 0)
        let id = try id(of: "解放路")
        let refused = try place("announce", id, "--date", "2024-05-01")
        #expect(refused.status != 0)
        #expect(refused.stderr == "Error: place \(id) is proposed: it cannot be announced\n")
        let chinese = try CommandRunner.run(CommandRunner.diming, ["place", "retire", id, "--date", "2024-05-01", "--reason", "拆除", "--db", db],
                                            environment: CommandRunner.chinese)
        #expect(chinese.stderr.contains("申报中") && chinese.stderr.contains("销名"))
        let mismatch = try place("propose", "新华路", "--category", "road", "--lon", "111.1", "--lat", "30.3", "--in", "420581100")
        #expect(mismatch.status != 0 && mismatch.stderr.contains("division"))
    }

    @Test func reservedNamesStayOutOfTheDefaultListAndAnnouncements() throws {
        #expect(try place("propose", "规划一路", "--category", "road", "--geometry", "LINESTRING(111.05 30.2, 111.2 30.2)", "--planned").status == 0)
        #expect(!(try place("list").stdout.contains("规划一路")))
        #expect(try place("list", "--include-reserved").stdout.contains("规划一路"))
        let id = try id(of: "规划一路")
        let refused = try place("announce", id, "--date", "2024-05-01")
        #expect(refused.status != 0 && refused.stderr.contains("reserved"))
    }

    @Test func theExportCarriesCurrentAndFormerNames() throws {
        #expect(try place("propose", "建设路", "--category", "road", "--lon", "111.1", "--lat", "30.3").status == 0)
        let id = try id(of: "建设路")
        #expect(try place("approve", id, "--document", "D1", "--date", "2001-09-01").status == 0)
        #expect(try place("rename", id, "长江大道", "--document", "D2", "--date", "2024-05-01").status == 0)
        let geojson = try #require(try json(try place("export").stdout) as? [String: Any])
        let feature = try #require((geojson["features"] as? [[String: Any]])?.first)
        #expect(feature["id"] as? String == id)
        let properties = try #require(feature["properties"] as? [String: Any])
        #expect(properties["name"] as? String == "长江大道")
        let former = try #require(properties["former_names"] as? [[String: Any]])
        #expect(former.map { $0["name"] as? String } == ["建设路"] && former.first?["valid_to"] as? String == "2024-05-01")
        let csv = try place("export", "--format", "csv").stdout.split(separator: "\r\n")
        #expect(csv.first == "place_id,name,kind,status,valid_from,valid_to,document,approved_on,authority,pinyin,category,division")
        #expect(csv.count == 3)
        #expect(csv.contains { $0.hasPrefix("\(id),建设路,former,historical,2001-09-01,2024-05-01,D1") })
        #expect(csv.contains { $0.hasPrefix("\(id),长江大道,standard,approved,2024-05-01,,D2") })
    }

    /// LC-06 from the command line: the refused batch is one line, exits non-zero and writes nothing.
    @Test func anImportOverwritingAnOfficersRenameIsRefused() throws {
        let census = directory.appendingPathComponent("census.geojson").path
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"建设路","category":"road"},"geometry":{"type":"Point","coordinates":[111.1,30.3]}}]}"#
            .write(toFile: census, atomically: true, encoding: .utf8)
        let loaded = try CommandRunner.diming("import", "places", census, "--db", db)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        // Loaded places are gazetteer records at once.
        let id = try id(of: "建设路")
        #expect(try place("history", id).stdout.contains("import"))
        #expect(try place("rename", id, "长江大道", "--document", "D2", "--date", "2024-05-01").status == 0)
        let again = directory.appendingPathComponent("again.geojson").path
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"\#(id)","properties":{"name":"建设路","category":"road","division":"420581001"},"geometry":{"type":"Point","coordinates":[111.1,30.3]}}]}"#
            .write(toFile: again, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.diming("import", "places", again, "--upsert", "--db", db)
        #expect(refused.status != 0)
        #expect(refused.stderr == "Error: feature 1, name: the name of this feature was edited by a person; a batch import may not overwrite or delete it; nothing was imported\n")
        #expect(try self.id(of: "长江大道") == id)
    }

    /// `diming import places` leaves every loaded place a gazetteer record (name record, nothing
    /// pending), so search finds it at once; read with the sqlite3 shell, which runs no sync.
    @Test(.enabled(if: TestTools.runs(needing: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func importingPlacesMakesThemGazetteerRecordsAtOnce() throws {
        let census = directory.appendingPathComponent("census.geojson").path
        try #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"高坝洲镇","category":"township_seat"},"geometry":{"type":"Point","coordinates":[111.5,30.4]}},{"type":"Feature","properties":{"name":"建设路","category":"road"},"geometry":{"type":"Point","coordinates":[111.1,30.3]}}]}"#
            .write(toFile: census, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.diming("import", "places", census, "--db", db).status == 0)
        let shell = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, """
            SELECT count(*) FROM place_names WHERE kind = 'standard' AND created_by = 'import';
            SELECT count(*) FROM place_pending;
            SELECT division FROM places WHERE name = '高坝洲镇';
            """])
        #expect(shell.stdout == "2\n0\n420581100\n", "\(shell.stderr)")
    }

    @Test func theListSpeaksChineseInAChineseLocale() throws {
        #expect(try place("propose", "解放路", "--category", "road", "--lon", "111.1", "--lat", "30.3").status == 0)
        let listed = try CommandRunner.run(CommandRunner.diming, ["place", "list", "--db", db], environment: CommandRunner.chinese)
        #expect(listed.stdout.hasPrefix("编号") && listed.stdout.contains("申报中"))
    }
}
