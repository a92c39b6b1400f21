import Testing

@Suite struct HelpTests {
    static let commands = ["init", "demo", "import", "export", "layers", "locate", "config"]

    @Test func rootHelpListsEveryCommand() throws {
        let result = try CommandRunner.diming("--help")
        #expect(result.status == 0)
        for command in Self.commands { #expect(result.stdout.contains("  \(command) "), "\(command) missing from help") }
        #expect(result.stdout.contains("EPSG:4490"))
    }

    @Test(arguments: commands)
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
        #expect(try help(["import"]).contains("a given parent must contain the code and be in the database or anywhere in the same file"))
        #expect(try help(["config"]).contains("Each change is recorded in the audit log as local:<user>"))
        #expect(try help(["user", "add"]).contains("An admin is database-wide: it takes no --division"))
        #expect(try help(["user"]).contains("never a token's secret"))
    }
}
