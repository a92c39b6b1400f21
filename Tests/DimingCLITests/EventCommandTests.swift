import Foundation
import Testing

/// `diming event …`, `diming report summary` and `diming report due` end to end: the built
/// binary on a copy of the demo file (宜都市's real division codes).
@Suite struct EventCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = try DemoTemplate.copy(into: directory)
    }

    func diming(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, arguments + ["--db", db])
    }

    @Test func addPrintsTheIdAloneOnItsLastLineThenStatusSummaryAndDeadlines() throws {
        let added = try diming("event", "add", "--hazard", "flood", "--subtype", "rainstorm", "--name", "2025-07-10 暴雨洪涝",
                               "--start", "2025-07-10T03:00+08:00", "--division", "420581")
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(Int(id) == 1)

        let list = try diming("event", "list", "--format", "json")
        #expect(list.status == 0 && list.stdout.contains("\"name\" : \"2025-07-10 暴雨洪涝\""))
        let stable = try diming("event", "status", id, "stabilised", "--at", "2025-07-18T10:00+08:00")
        #expect(stable.status == 0, "\(stable.stderr)")
        let again = try diming("event", "status", id, "stabilised")
        #expect(again.status != 0 && again.stderr.split(separator: "\n").count == 1)

        let summary = try diming("report", "summary", id, "--format", "json")
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.hasPrefix("{\"event\":1,\"as_of\":"))
        #expect(summary.stdout.contains("\"division\":\"420581001\",\"name\":\"陆城街道\",\"affected_people\":0,"))
        let csv = try diming("report", "summary", id, "--format", "csv")
        #expect(csv.stdout.contains("合计"))

        let due = try diming("report", "due", id, "--now", "2025-07-21T10:00+08:00", "--format", "json")
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout.contains("\"due_at\" : \"2025-07-22T23:59:59+08:00\""))
        let text = try diming("report", "due", "--now", "2025-07-21T10:00+08:00")
        #expect(text.status == 0 && text.stdout.contains("2025-07-22T23:59:59+08:00"))
    }

    /// A 核报 counted into a year the holiday table does not cover is listed with a line that
    /// says so, in the officer's language; JSON carries the years.
    @Test func dueSaysWhenWorkingDaysWereAssumed() throws {
        let added = try diming("event", "add", "--hazard", "flood", "--name", "跨年", "--start", "2035-12-28T03:00+08:00")
        let id = try #require(added.stdout.split(separator: "\n").last.map(String.init))
        #expect(try diming("event", "status", id, "stabilised", "--at", "2035-12-31T10:00+08:00").status == 0)
        let now = "2035-12-31T12:00+08:00"
        let zh = try CommandRunner.run(CommandRunner.diming, ["report", "due", id, "--now", now, "--db", db], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.contains("过程 \(id)：核报截止 2036-01-02T23:59:59+08:00 按周一至周五计算工作日，2036 年的节假日安排尚未载入。"), "\(zh.stdout)")
        let en = try CommandRunner.run(CommandRunner.diming, ["report", "due", id, "--now", now, "--db", db], environment: ["LANG": "en_US.UTF-8"])
        #expect(en.stdout.contains("the holidays of 2036 are not loaded"), "\(en.stdout)")
        let json = try diming("report", "due", id, "--now", now, "--format", "json")
        #expect(json.stdout.contains("\"years_without_holidays\" : [\n") && json.stdout.contains("2036"), "\(json.stdout)")
        // Counted inside the table: the 核报 row and no such line.
        let other = try diming("event", "add", "--hazard", "flood", "--name", "年内", "--start", "2026-12-06T03:00+08:00")
        let inside = try #require(other.stdout.split(separator: "\n").last.map(String.init))
        #expect(try diming("event", "status", inside, "stabilised", "--at", "2026-12-10T10:00+08:00").status == 0)
        let listed = try CommandRunner.run(CommandRunner.diming, ["report", "due", inside, "--now", "2026-12-20T10:00+08:00", "--db", db],
                                           environment: ["LANG": "zh_CN.UTF-8"])
        #expect(listed.stdout.contains("2026-12-14T23:59:59+08:00") && !listed.stdout.contains("尚未载入"), "\(listed.stdout)")
    }

    @Test func refusalsAreOneLineAndNonZero() throws {
        for arguments in [["--hazard", "meteor"], ["--hazard", "flood", "--division", "420581999"]] {
            let refused = try CommandRunner.run(CommandRunner.diming, ["event", "add"] + arguments
                + ["--name", "x", "--start", "2025-07-10T03:00+08:00", "--db", db])
            #expect(refused.status != 0)
            #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        }
        let noOffset = try diming("event", "add", "--hazard", "flood", "--name", "x", "--start", "2025-07-10T03:00")
        #expect(noOffset.status != 0 && noOffset.stderr.contains("start"))
    }
}
