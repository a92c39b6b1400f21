import Foundation
import Testing

/// The reason of a refused row or feature is in the locale's language, like the sentence around
/// it: `第 3 行：lat "abc" is not a number` was half English.
@Suite struct ReasonLanguageCommandTests {
    @Test func aBadBatchRowIsNamedInChinese() throws {
        let db = try LanguageCommandTests.demo.get()
        let zh = try CommandRunner.diming("locate", "--db", db, "--batch", stdin: BatchLocateCommandTests.input,
                                          environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr == """
            第 3 行：lat "abc" 不是数字
            第 5 行：lat 95 超出 -90…90
            错误：5 行中有 2 行被拒绝

            """, "\(zh.stderr)")
        let en = try CommandRunner.diming("locate", "--db", db, "--batch", stdin: BatchLocateCommandTests.input,
                                          environment: LanguageCommandTests.english)
        #expect(en.stderr.hasPrefix("line 3: lat \"abc\" is not a number\n"), "\(en.stderr)")
    }

    @Test func aFeatureWithABadValueIsRefusedInChinese() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("d.sqlite").path
        let created = try CommandRunner.diming("init", "--db", db)
        try #require(created.status == 0, "\(created.stderr)")
        let place = #"{"type":"Feature","properties":{"name":"某村","division":"420599"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        let zh = try CommandRunner.diming("import", "places", "-", "--db", db, stdin: place, environment: CommandRunner.chinese)
        #expect(zh.status != 0)
        #expect(zh.stderr == "错误：第 1 个要素，division：\"420599\" 不在 divisions 中\n", "\(zh.stderr)")
        let negative = #"{"type":"Feature","properties":{"name":"某所","capacity":-3},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        let shelter = try CommandRunner.diming("import", "shelters", "-", "--db", db, stdin: negative, environment: CommandRunner.chinese)
        #expect(shelter.stderr == "错误：第 1 个要素，capacity：不能为负数，实际为 -3\n", "\(shelter.stderr)")
        let truncated = try CommandRunner.diming("import", "places", "-", "--db", db, stdin: #"{"type":"FeatureCollection","features":["#,
                                                 environment: CommandRunner.chinese)
        #expect(truncated.stderr.hasPrefix("错误：第 1 行第 "), "\(truncated.stderr)")
        #expect(truncated.stderr.hasSuffix("：输入意外结束\n"), "\(truncated.stderr)")
        let en = try CommandRunner.diming("import", "places", "-", "--db", db, stdin: place, environment: LanguageCommandTests.english)
        #expect(en.stderr == "Error: feature 1, division: \"420599\" is not in divisions\n", "\(en.stderr)")
    }

    /// A setting's rule and the kind of a foreign file are Chinese too.
    @Test func aSettingsRuleAndAForeignFileAreExplainedInChinese() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("d.sqlite").path
        let created = try CommandRunner.diming("init", "--db", db)
        try #require(created.status == 0, "\(created.stderr)")
        let setting = try CommandRunner.diming("config", "--db", db, "read_access", "maybe", environment: CommandRunner.chinese)
        #expect(setting.stderr == "错误：read_access \"maybe\"：必须是 open 或 token\n", "\(setting.stderr)")
        let english = try CommandRunner.diming("config", "--db", db, "read_access", "maybe", environment: LanguageCommandTests.english)
        #expect(english.stderr == "Error: read_access \"maybe\" must be open or token\n", "\(english.stderr)")
        let empty = directory.appendingPathComponent("empty.sqlite").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let foreign = try CommandRunner.diming("layers", "--db", empty, environment: CommandRunner.chinese)
        #expect(foreign.stderr.hasPrefix("错误：\(empty) 不是 Diming 数据库，而是空的 SQLite 文件；未做任何更改"), "\(foreign.stderr)")
    }
}
