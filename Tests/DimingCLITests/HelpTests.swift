import Foundation
import Testing

/// Every command's `--help`, pinned in full in `Help/diming[-<command>…].txt` (English, the
/// runner's default locale) and `Help/zh/…` (LANG=zh_CN.UTF-8), and the rules a user meets as
/// refusals, stated where they look first.
///
/// After changing a help text on purpose, refresh the pinned texts and review the diff:
///
///     DIMING_UPDATE_HELP=1 swift test --skip-build --filter HelpTests && git diff Tests/DimingCLITests/Help
@Suite struct HelpTests {
    /// Every command and subcommand, as typed after `diming`.
    static let commands: [[String]] = [
        [], ["init"], ["demo"], ["import"], ["export"], ["layers"], ["locate"], ["search"], ["config"], ["serve"],
        ["user"], ["user", "add"], ["user", "token"], ["user", "revoke"], ["user", "list"],
        ["pinyin"], ["address"], ["address", "retire"], ["address", "reuse"],
    ] + placeCommands + boundaryCommands + eventCommands + reportCommands

    /// `diming boundary …`: the boundary inspector's commands (each helper adds its own here).
    static let boundaryCommands: [[String]] = [["boundary"], ["boundary", "lines"], ["boundary", "check"], ["boundary", "simplify"], ["boundary", "export"]]
        + [["boundary", "markers"], ["boundary", "markers", "import"], ["boundary", "markers", "export"], ["boundary", "markers", "list"],
           ["boundary", "inspect"], ["boundary", "inspect", "open"], ["boundary", "inspect", "record"], ["boundary", "inspect", "history"],
           ["boundary", "inspect", "rounds"], ["boundary", "report"]]

    /// `diming event …`: disaster events (each helper adds its own here).
    static let eventCommands: [[String]] = [["event"], ["event", "add"], ["event", "list"], ["event", "show"], ["event", "status"]]

    /// `diming report …`: rapid disaster reports (each helper adds its own here).
    static let reportCommands: [[String]] = [["report"], ["report", "submit"], ["report", "summary"], ["report", "due"]]
        + [["report", "review"], ["report", "list"], ["report", "export"]]
        + [["report", "filing"], ["report", "filing", "add"], ["report", "filing", "list"], ["report", "filing", "approve"]]

    /// `diming place …`: the gazetteer's workflow.
    static let placeCommands: [[String]] = [["place"]] + ["check", "propose", "review", "approve", "announce", "reject", "rename", "retire",
                                                          "deprecate", "split", "merge", "show", "history", "list", "export"].map { ["place", $0] }

    static let pinnedDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Help")
    static let updating = ProcessInfo.processInfo.environment["DIMING_UPDATE_HELP"] == "1"

    /// The pinned languages: English beside this file, Chinese in `zh/`.
    static let locales: [(folder: String?, environment: [String: String])] = [(nil, [:]), ("zh", CommandRunner.chinese)]

    /// `Help/diming.txt`, `Help/diming-user-add.txt`, `Help/zh/diming.txt` …
    static func pinnedFile(_ command: [String], folder: String? = nil) -> URL {
        let directory = folder.map { pinnedDirectory.appendingPathComponent($0) } ?? pinnedDirectory
        return directory.appendingPathComponent((["diming"] + command).joined(separator: "-") + ".txt")
    }

    /// The help as a user reads it in an 80-column terminal, whatever the terminal running the tests.
    static func help(_ command: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, command + ["--help"], environment: environment.merging(["COLUMNS": "80"]) { $1 })
    }

    @Test(arguments: commands)
    func helpIsPinnedInFull(_ command: [String]) throws {
        try Self.checkPinned(command, folder: nil, environment: [:])
    }

    @Test(arguments: commands)
    func chineseHelpIsPinnedInFull(_ command: [String]) throws {
        let result = try Self.checkPinned(command, folder: "zh", environment: CommandRunner.chinese)
        #expect(result.stdout.hasPrefix("概述："), "\(result.stdout)")
        #expect(!result.stdout.contains("Show help information"))
    }

    @discardableResult
    static func checkPinned(_ command: [String], folder: String?, environment: [String: String]) throws -> CommandResult {
        let result = try Self.help(command, environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let file = Self.pinnedFile(command, folder: folder)
        if Self.updating {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            return result
        }
        let typed = (["diming"] + command + ["--help"]).joined(separator: " ")
        let refresh = "if the change is intended: DIMING_UPDATE_HELP=1 swift test --skip-build --filter HelpTests"
        let pinned = try #require(try? String(contentsOf: file, encoding: .utf8),
                                  "\(typed) has no pinned text \(file.lastPathComponent); \(refresh)")
        if result.stdout != pinned {
            Issue.record("""
                \(typed) differs from Help/\(folder.map { "\($0)/" } ?? "")\(file.lastPathComponent) (- pinned, + now, with line numbers):
                \(Self.difference(from: pinned, to: result.stdout))
                \(refresh)
                """)
        }
        return result
    }

    /// The pinned list is the real one: every subcommand the help lists is pinned, and no
    /// pinned text is left over from a command that is gone.
    @Test func everyCommandIsPinnedAndNothingElse() throws {
        var listed: [[String]] = [[]]
        for parent in [[String]]([[]] + Self.commands.filter { (1...2).contains($0.count) }) {   // boundary markers import: three levels
            listed += try Self.subcommands(inHelpOf: parent).map { parent + [$0] }
        }
        #expect(Set(listed) == Set(Self.commands), "commands now: \(listed)")
        for (folder, _) in Self.locales {
            let directory = Self.pinnedFile([], folder: folder).deletingLastPathComponent()
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
            #expect(Set(files) == Set(Self.commands.map { Self.pinnedFile($0).lastPathComponent }), "\(directory.path)")
        }
    }

    @Test(arguments: ["init", "demo", "import", "export", "layers", "locate", "config"])
    func everyCommandExplainsItselfAndTakesDb(_ command: String) throws {
        let result = try CommandRunner.diming(command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.contains("--db <path>"))
        #expect(result.stdout.contains("DIMING_DB"))
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
    }

    /// The rules a user meets as refusals are stated where they look first.
    @Test func helpStatesTheParentScopeAndAuditRules() throws {
        let help = { (arguments: [String]) in
            try CommandRunner.run(CommandRunner.diming, arguments + ["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
                .split(separator: " ").joined(separator: " ")
        }
        #expect(try help([]).contains("EPSG:4490"))
        #expect(try help(["import"]).contains("a given parent must contain the code and be in the database or anywhere in the same file"))
        #expect(try help(["config"]).contains("Each change is recorded in the audit log as local:<user>"))
        #expect(try help(["user", "add"]).contains("An admin is database-wide: it takes no --division"))
        #expect(try help(["user"]).contains("never a token's secret"))
    }

    /// The names under SUBCOMMANDS in `diming <parent> --help` (ArgumentParser's `help` left out).
    static func subcommands(inHelpOf parent: [String]) throws -> [String] {
        let lines = try help(parent).stdout.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }   // a wrapped summary is indented further
            return line.split(separator: " ").first.map(String.init)
        }.filter { $0 != "help" }
    }

    /// A line diff: `- ` lines only in the pinned text, `+ ` lines only in the new one, each
    /// with its line number.
    static func difference(from pinned: String, to now: String) -> String {
        let old = pinned.split(separator: "\n", omittingEmptySubsequences: false)
        let new = now.split(separator: "\n", omittingEmptySubsequences: false)
        return new.difference(from: old).map { change in
            switch change {
            case let .remove(offset, line, _): "- \(offset + 1): \(line)"
            case let .insert(offset, line, _): "+ \(offset + 1): \(line)"
            }
        }.joined(separator: "\n")
    }
}
