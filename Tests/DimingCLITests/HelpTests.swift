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
}
