import Foundation
import Testing

/// Help texts of `diming serve` and `diming user …`, and the user commands on a real file.
@Suite struct ServeAndUserHelpTests {
    @Test func serveHelpNamesItsOptions() throws {
        let result = try CommandRunner.diming("serve", "--help")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        for option in ["--host <host>", "--port <port>", "--db <path>", "--open-read", "--closed-read", "--max-body <bytes>", "--max-upload-bytes <bytes>",
                       "--request-timeout <seconds>", "--header-timeout <seconds>", "--idle-timeout <seconds>",
                       "--max-connections <count>", "--base-url <url>", "DIMING_DB"] {
            #expect(result.stdout.contains(option), "\(option) missing")
        }
    }

    /// `--request-timeout 1e300` crashed (Double → Int overflow, SIGILL); absurd values are
    /// refused with one line naming the option, before anything is opened.
    @Test(arguments: [["--request-timeout", "1e300"], ["--request-timeout", "inf"], ["--header-timeout", "0"],
                      ["--idle-timeout=-5"], ["--max-connections", "0"], ["--max-upload-bytes", "0"], ["--base-url", "javascript:alert(1)"]])
    func absurdServeOptionsAreRefused(_ option: [String]) throws {
        let result = try CommandRunner.run(CommandRunner.diming, ["serve", "--db", "/nonexistent/never.sqlite"] + option)
        #expect(result.status == 64, "\(result.stderr)")
        let name = option[0].split(separator: "=")[0]
        #expect(result.stderr.hasPrefix("Error: \(name)"), "\(result.stderr)")
    }

    @Test(arguments: ["add", "token", "revoke", "list"])
    func userSubcommandsExplainThemselves(_ command: String) throws {
        let result = try CommandRunner.diming("user", command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("--db <path>"))
    }

    @Test func userHelpListsRoles() throws {
        let result = try CommandRunner.diming("user", "--help")
        for role in ["admin", "placename_officer", "boundary_inspector", "disaster_reporter", "disaster_reviewer", "disaster_approver", "viewer"] {
            #expect(result.stdout.contains(role))
        }
    }

    @Test func accountsAndTokensThroughTheCommands() throws {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("u.sqlite").path
        #expect(try CommandRunner.diming("init", "--db", db).status == 0)
        // A scope must be a division of the database.
        let township = #"{"type":"Feature","properties":{"code":"420581001","name":"陆城街道"},"geometry":{"type":"Polygon","coordinates":[[[111.4,30.35],[111.5,30.35],[111.5,30.42],[111.4,30.42],[111.4,30.35]]]}}"#
        #expect(try CommandRunner.diming("import", "divisions", "-", "--db", db, stdin: township).status == 0)
        let add = try CommandRunner.diming("user", "add", "zhao", "--role", "disaster_reporter", "--division", "420581001", "--db", db)
        #expect(add.status == 0)
        #expect(add.stdout.contains("division 420581001"))
        let badRole = try CommandRunner.diming("user", "add", "x", "--role", "king", "--db", db)
        #expect(badRole.status != 0 && badRole.stderr.contains("no role named \"king\""))
        let token = try CommandRunner.diming("user", "token", "zhao", "--label", "phone", "--db", db)
        #expect(token.status == 0)
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("dmt_"))
        let list = try CommandRunner.diming("user", "list", "--db", db)
        #expect(list.stdout.contains("zhao") && list.stdout.contains("active") && list.stdout.contains("phone"))
        #expect(!list.stdout.contains(secret))
        let revoke = try CommandRunner.diming("user", "revoke", "1", "--db", db)
        #expect(revoke.status == 0)
        #expect(try CommandRunner.diming("user", "list", "--db", db).stdout.contains("revoked"))
        #expect(try CommandRunner.diming("user", "revoke", "--db", db).status != 0)
    }
}
