import Foundation
import Testing

/// `diming pinyin`: what an officer types to see a name's spelling.
@Suite struct PinyinCommandTests {
    @Test func signFormOfChangAnJie() throws {
        let result = try CommandRunner.diming("pinyin", "长安街", "--form", "sign")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "CHANG'AN JIE\n")
    }

    @Test func severalNamesOneLineEachTonelessByDefault() throws {
        let result = try CommandRunner.diming("pinyin", "延安东路", "二马路", "北京市")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Yan'an Donglu\n2 Malu\nBeijing Shi\n")
        #expect(try CommandRunner.diming("pinyin", "北京市", "--form", "toned").stdout == "Běijīng Shì\n")
    }

    @Test func categoryAndReading() throws {
        #expect(try CommandRunner.diming("pinyin", "王村", "--category", "village").stdout == "Wangcun\n")
        #expect(try CommandRunner.diming("pinyin", "长子路", "--reading", "chang2 zi3 lu4").stdout == "Changzi Lu\n")
    }

    /// The data is found from another folder, as an installed binary runs.
    @Test func findsItsDictionaryFromAnotherFolder() throws {
        let result = try CommandRunner.diming("pinyin", "十里堡", "--category", "village", in: FileManager.default.temporaryDirectory)
        #expect(result.stdout == "Shilipu\n", "\(result.stderr)")
    }

    @Test(arguments: [
        (["长安街", "--form", "caps"], "caps"),
        (["长安街", "--category", "street"], "street"),
        (["长子路", "--reading", "zhang3 zi3"], "3"),
        (["长子路", "--reading", "zhang3 qq9 lu4"], "qq9"),
        ([String](), "place name"),
    ])
    func badInputIsOneLineAndAFailure(_ arguments: [String], _ named: String) throws {
        let result = try CommandRunner.run(CommandRunner.diming, ["pinyin"] + arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(named), "\(result.stderr)")
    }

    @Test func chineseMessage() throws {
        let result = try CommandRunner.run(CommandRunner.diming, ["pinyin", "长安街", "--form", "caps"], environment: CommandRunner.chinese)
        #expect(result.stderr.contains("未知的拼写形式"), "\(result.stderr)")
    }
}
