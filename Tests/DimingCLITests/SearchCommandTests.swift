import Foundation
import Testing

/// `diming search` end to end: places loaded with `diming import places`, the index rebuilt,
/// then found by pinyin, initials, homophone and traditional characters, as text and JSON.
@Suite struct SearchCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = try DemoTemplate.copy(into: directory)
        let csv = """
            name,category,division,lon,lat
            解放路,road,420581001,111.45,30.39
            解放路社区,residential_area,420581001,111.44,30.39
            运河北路,road,420581001,111.46,30.39
            解放路,road,420581100,111.50,30.39

            """
        let imported = try CommandRunner.diming("import", "places", "-", "--format", "csv", "--db", db, stdin: csv)
        try #require(imported.status == 0, "\(imported.stderr)")
        // Until the gazetteer's sync indexes imported places itself, the repair builds the index.
        let rebuilt = try CommandRunner.diming("search", "--rebuild-index", "--db", db)
        try #require(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(rebuilt.stdout.hasPrefix("Search index rebuilt: "))
    }

    @Test(arguments: ["jfl", "jiefanglu", "jiefang lu", "介放路"])
    func jiefangLuComesFirst(query: String) throws {
        let result = try CommandRunner.diming("search", query, "--db", db, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((json["results"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "解放路")
        let expected = query == "jfl" ? "initials" : query == "介放路" ? "homophone" : "pinyin"
        #expect(first["matched_by"] as? String == expected)
    }

    @Test func aPlaceImportedLaterIsFoundAtOnce() throws {
        let csv = "name,category,division,lon,lat\n胜利街,road,420581001,111.45,30.39\n"
        #expect(try CommandRunner.diming("import", "places", "-", "--format", "csv", "--db", db, stdin: csv).status == 0)
        let result = try CommandRunner.diming("search", "shenglijie", "--db", db, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(#""name":"胜利街""#))
    }

    @Test func textOutputIsATableAndTraditionalTextIsNormalised() throws {
        let result = try CommandRunner.diming("search", "運河北路", "--db", db, "--in", "420581001")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("name") == true)
        #expect(lines.count == 2 && lines[1].hasPrefix("运河北路") && lines[1].contains("traditional"))
        let json = try CommandRunner.diming("search", "運河北路84號", "--db", db, "--format", "json")
        #expect(json.stdout.contains(#""normalized":"运河北路84号""#))
        let chinese = try CommandRunner.diming("search", "没有这个地名", "--db", db, environment: CommandRunner.chinese)
        #expect(chinese.status == 0 && chinese.stdout == "没有找到「没有这个地名」\n")
    }

    @Test(arguments: [(["search", "  "], "q"), (["search", "jfl", "--limit", "0"], "limit"), (["search", "jfl", "--in", "yidu"], "in"),
                      (["search", "jfl", "--category", "street"], "category")])
    func badInputIsOneLineAndAFailure(arguments: [String], field: String) throws {
        let result = try CommandRunner.run(CommandRunner.diming, arguments + ["--db", db])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(field), "\(result.stderr)")
    }
}
