import Foundation
import Testing

/// Help texts of `diming serve` and `diming user …`, and the user commands on a real file.
@Suite struct ServeAndUserHelpTests {
    @Test func rootHelpListsServeAndUser() throws {
        let result = try ServeUserCLI.run("--help")
        #expect(result.stdout.contains("  serve "))
        #expect(result.stdout.contains("  user "))
    }

    @Test func serveHelpNamesItsOptions() throws {
        let result = try ServeUserCLI.run("serve", "--help")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        for option in ["--host <host>", "--port <port>", "--db <path>", "--open-read", "--closed-read", "--max-body <bytes>",
                       "--request-timeout <seconds>", "DIMING_DB"] {
            #expect(result.stdout.contains(option), "\(option) missing")
        }
    }

    @Test(arguments: ["add", "token", "revoke", "list"])
    func userSubcommandsExplainThemselves(_ command: String) throws {
        let result = try ServeUserCLI.run("user", command, "--help")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("--db <path>"))
    }

    @Test func userHelpListsRoles() throws {
        let result = try ServeUserCLI.run("user", "--help")
        for role in ["admin", "placename_officer", "boundary_inspector", "disaster_reporter", "disaster_reviewer", "viewer"] {
            #expect(result.stdout.contains(role))
        }
    }

    @Test func accountsAndTokensThroughTheCommands() throws {
        let db = try ServeUserCLI.temporaryDirectory().appendingPathComponent("u.sqlite").path
        #expect(try ServeUserCLI.run("init", "--db", db).status == 0)
        let add = try ServeUserCLI.run("user", "add", "zhao", "--role", "disaster_reporter", "--division", "420581001", "--db", db)
        #expect(add.status == 0)
        #expect(add.stdout.contains("division 420581001"))
        let badRole = try ServeUserCLI.run("user", "add", "x", "--role", "king", "--db", db)
        #expect(badRole.status != 0 && badRole.stderr.contains("no role named \"king\""))
        let token = try ServeUserCLI.run("user", "token", "zhao", "--label", "phone", "--db", db)
        #expect(token.status == 0)
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.hasPrefix("dmt_"))
        let list = try ServeUserCLI.run("user", "list", "--db", db)
        #expect(list.stdout.contains("zhao") && list.stdout.contains("active") && list.stdout.contains("phone"))
        #expect(!list.stdout.contains(secret))
        let revoke = try ServeUserCLI.run("user", "revoke", "1", "--db", db)
        #expect(revoke.status == 0)
        #expect(try ServeUserCLI.run("user", "list", "--db", db).stdout.contains("revoked"))
        #expect(try ServeUserCLI.run("user", "revoke", "--db", db).status != 0)
    }
}

/// Runs the built `diming` (beside the test bundle, as `swift test` builds it); kept in this
/// file so the tests stand alone.
private enum ServeUserCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let executable: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("diming")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/diming")
    }()

    static func run(_ arguments: String...) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var stdoutData = Data()
        DispatchQueue.global().async(group: group) { stdoutData = out.fileHandleForReading.readDataToEndOfFile() }
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("diming-cli-user-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
