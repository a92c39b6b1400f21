import Foundation
import Testing

/// `diming place check` end to end: a file made with `diming init` and `diming import`, the
/// gazetteer.md §4.2 fixture (城关镇 with 人民路, 长江路, 湖心路, 青龙路; 新桥镇 beside it).
@Suite struct PlaceCheckCommandTests {
    let db: String

    static let divisions = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"420581","name":"宜都市"},"geometry":{"type":"MultiPolygon","coordinates":[[[[111,30],[111.2,30],[111.2,30.2],[111,30.2],[111,30]]]]}},
        {"type":"Feature","properties":{"code":"420581100","name":"城关镇"},"geometry":{"type":"MultiPolygon","coordinates":[[[[111,30],[111.1,30],[111.1,30.2],[111,30.2],[111,30]]]]}},
        {"type":"Feature","properties":{"code":"420581101","name":"新桥镇"},"geometry":{"type":"MultiPolygon","coordinates":[[[[111.1,30],[111.2,30],[111.2,30.2],[111.1,30.2],[111.1,30]]]]}}
        ]}
        """

    init() throws {
        let directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("checks.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        let file = directory.appendingPathComponent("divisions.geojson")
        try Self.divisions.write(to: file, atomically: true, encoding: .utf8)
        let divisions = try CommandRunner.diming("import", "divisions", file.path, "--db", db)
        try #require(divisions.status == 0, "\(divisions.stderr)")
        let places = "name,category,division,lon,lat\n" + ["人民路", "长江路", "湖心路", "青龙路"].map { "\($0),road,420581100,111.05,30.1" }.joined(separator: "\n") + "\n"
        let imported = try CommandRunner.diming("import", "places", "-", "--format", "csv", "--db", db, stdin: places)
        try #require(imported.status == 0, "\(imported.stderr)")
    }

    func check(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, ["place", "check"] + arguments + ["--db", db], environment: environment)
    }

    @Test func aDuplicateRejectsWithExitStatus3() throws {
        let result = try check("人民路", "--category", "road", "--in", "420581100")
        #expect(result.status == 3)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("N-DUP  reject  the same name as 人民路 (approved) in 城关镇 (420581100)  →  人民路 (") == true, "\(result.stdout)")
        #expect(lines.first?.hasSuffix(", 420581100)") == true)
    }

    @Test func aWarningPassesWithOneLinePerFinding() throws {
        let result = try check("仁民路", "--category", "road", "--in", "420581100")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("N-HOMO  warn  sounds the same as 人民路 (approved) in 城关镇 (420581100): renminlu, tones ignored  →  人民路 ("))
        let clean = try check("人民路", "--category", "road", "--in", "420581101")
        #expect(clean.status == 0)
        #expect(clean.stdout == "人民路: no findings (profile national)\n")
    }

    @Test func chineseLocaleSpeaksChinese() throws {
        let result = try check("人民路", "--category", "road", "--in", "420581100", environment: CommandRunner.chinese)
        #expect(result.status == 3)
        #expect(result.stdout.hasPrefix("N-DUP  驳回  与城关镇（420581100）内已批准的“人民路”重名  →  人民路（"), "\(result.stdout)")
        let clean = try check("幸福路", "--category", "road", "--in", "420581101", environment: CommandRunner.chinese)
        #expect(clean.stdout == "“幸福路”未发现问题（规则：national）\n")
    }

    @Test func jsonCarriesEveryFinding() throws {
        let result = try check("新长江路", "--category", "road", "--in", "420581100", "--format", "json", "--profile", "tongling-style")
        #expect(result.status == 3)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "reject")
        #expect(report["profile"] as? String == "tongling-style")
        let findings = try #require(report["findings"] as? [[String: Any]])
        let affix = try #require(findings.first)
        #expect(affix["code"] as? String == "N-DUP-AFFIX")
        #expect(affix["severity"] as? String == "reject")
        #expect(affix["zh"] as? String == "加减“新”后与宜都市（420581）内已批准的“长江路”同名")
        let conflicting = try #require(affix["conflicting"] as? [String: Any])
        #expect(conflicting["name"] as? String == "长江路" && conflicting["division"] as? String == "420581100")
    }

    @Test func theProfileDecidesTheScope() throws {
        #expect(try check("人民路", "--category", "road", "--in", "420581101").status == 0)
        let strict = try check("人民路", "--category", "road", "--in", "420581101", "--profile", "tongling-style")
        #expect(strict.status == 3)
        #expect(strict.stdout.hasPrefix("N-DUP  reject  the same name as 人民路 (approved) in 宜都市 (420581)"))
    }

    @Test func badInputIsAOneLineError() throws {
        let profile = try check("人民路", "--category", "road", "--profile", "nowhere")
        #expect(profile.status == 1)
        #expect(profile.stderr == "Error: no naming profile named nowhere (known: national, tongling-style); or give the path of a JSON file\n")
        let division = try check("人民路", "--category", "road", "--in", "420581999")
        #expect(division.status == 1)
        #expect(division.stderr == "Error: division 420581999 is not in divisions\n")
        let category = try check("人民路", "--category", "street")
        #expect(category.status != 0 && category.status != 3)
        #expect(category.stderr.contains("street"))
    }
}
