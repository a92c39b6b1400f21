import Foundation
import Testing

/// `diming report filing add|list|approve` end to end on a copy of the demo file: a filing
/// prepared by one local user is approved only by another (four-eyes), and stays approved.
@Suite struct FilingCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = try DemoTemplate.copy(into: directory)
    }

    func diming(as user: String, _ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, arguments + ["--db", db], environment: ["USER": user])
    }

    @Test func aFilingIsApprovedByAnotherUserOnly() throws {
        let added = try diming(as: "shen", "event", "add", "--hazard", "flood", "--subtype", "rainstorm", "--name", "2025-07-10 暴雨洪涝",
                               "--start", "2025-07-10T03:00+08:00", "--division", "420581")
        #expect(added.status == 0, "\(added.stderr)")
        let prepared = try diming(as: "shen", "report", "filing", "add", "1", "--kind", "initial", "--as-of", "2025-07-10T04:40+08:00")
        #expect(prepared.status == 0, "\(prepared.stderr)")
        #expect(prepared.stdout.contains("Filing 1 (initial, as of 2025-07-09T20:40:00Z) prepared"))

        let own = try diming(as: "shen", "report", "filing", "approve", "1", "1")
        #expect(own.status != 0)
        #expect(own.stderr.contains("four-eyes") && own.stderr.split(separator: "\n").count == 1, "\(own.stderr)")
        let bare = try diming(as: "zhou", "report", "filing", "approve", "1", "1", "--return")
        #expect(bare.status != 0 && bare.stderr.contains("reason"))

        let approved = try diming(as: "zhou", "report", "filing", "approve", "1", "1")
        #expect(approved.status == 0, "\(approved.stderr)")
        #expect(approved.stdout.contains("Filing 1 is now approved."))
        let again = try diming(as: "wang", "report", "filing", "approve", "1", "1", "--return", "--reason", "再核")
        #expect(again.status != 0)

        let csv = try diming(as: "wang", "report", "filing", "list", "1", "--format", "csv")
        let rows = csv.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows.last?.hasPrefix("1,1,initial,2025-07-09T20:40:00Z,approved,local:shen,") == true, "\(csv.stdout)")
        #expect(rows.last?.contains(",local:zhou,") == true)
    }
}
