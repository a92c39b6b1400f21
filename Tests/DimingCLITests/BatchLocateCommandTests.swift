import Foundation
import Testing

/// `diming locate --batch` with bad rows: the good ones answered, the bad ones named on stderr.
@Suite struct BatchLocateCommandTests {
    let db: String

    init() throws {
        let directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("d.sqlite").path
        let demo = try CommandRunner.diming("demo", "--db", db, in: CommandRunner.packageRoot)
        try #require(demo.status == 0, "diming demo failed: \(demo.stderr)")
    }

    static let input = "id,lon,lat\n1,111.45,30.39\n2,111.45,abc\n3,0,0\n4,111.45,95\n5,111.45,30.39\n"

    @Test func badRowsAreNamedAndEveryGoodRowIsAnswered() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--batch", stdin: Self.input)
        #expect(result.status != 0)
        #expect(result.stdout == "id,code,name\n1,420581001,陆城街道\n3,,\n5,420581001,陆城街道\n")
        #expect(result.stderr == """
            line 3: lat "abc" is not a number
            line 5: lat 95 is outside -90…90
            Error: 2 of 5 rows refused

            """)
    }

    @Test func strictStopsAtTheFirstBadRow() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--batch", "--strict", stdin: Self.input)
        #expect(result.status != 0)
        #expect(result.stdout == "id,code,name\n1,420581001,陆城街道\n")
        #expect(result.stderr == "Error: line 3: lat \"abc\" is not a number\n")
    }

    @Test func strictWithoutBatchIsAUsageError() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--strict", "111.45", "30.39")
        #expect(result.status != 0)
        #expect(result.stderr.contains("--strict goes with --batch"))
    }
}
