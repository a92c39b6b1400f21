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
        #expect(result.stdout == "id,code,name,on_border,neighbour\n1,420581001,陆城街道,false,\n3,,,false,\n5,420581001,陆城街道,false,\n")
        #expect(result.stderr == """
            line 3: lat "abc" is not a number
            line 5: lat 95 is outside -90…90
            Error: 2 of 5 rows refused

            """)
    }

    @Test func strictStopsAtTheFirstBadRow() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--batch", "--strict", stdin: Self.input)
        #expect(result.status != 0)
        #expect(result.stdout == "id,code,name,on_border,neighbour\n1,420581001,陆城街道,false,\n")
        #expect(result.stderr == "Error: line 3: lat \"abc\" is not a number\n")
    }

    /// Issue 8's points on Yidu's outlines: a township of Yidu, on the border, in both outputs.
    @Test func theIssuesBorderPointsGetATownshipAndTheBorderColumns() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--batch", stdin: "id,lon,lat\n1,111.3887333,30.1258969\n2,111.4204692,30.4374861\n")
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["id", "code", "name", "on_border", "neighbour"])
        #expect(rows.count == 3)
        for row in rows.dropFirst() {
            #expect(row.count == 5 && row[1].hasPrefix("420581") && row[1].count == 9 && row[3] == "true", "\(row)")
        }
        // 2 is a corner 陆城街道, 高坝洲镇 and 姚家店镇 share: one of them owns it, the others are across.
        let last = try #require(rows.last)
        let townshipsAcross = last[4].split(separator: ";").map(String.init).filter { $0.count == 9 }
        #expect(Set([last[1]] + townshipsAcross) == ["420581001", "420581101", "420581105"], "\(rows)")
        let single = try CommandRunner.diming("locate", "--db", db, "111.4204692", "30.4374861")
        #expect(single.status == 0)
        #expect(single.stdout.contains("420581  宜都市  county\n") && single.stdout.contains("on border: yes\n"), "\(single.stdout)")
        #expect(single.stdout.contains("across the border: 42058110") || single.stdout.contains("across the border: 420581001"), "\(single.stdout)")
        #expect(single.stdout.contains("Gauss-Krüger EPSG:4546: easting "), "\(single.stdout)")
    }

    @Test func strictWithoutBatchIsAUsageError() throws {
        let result = try CommandRunner.diming("locate", "--db", db, "--strict", "111.45", "30.39")
        #expect(result.status != 0)
        #expect(result.stderr.contains("--strict goes with --batch"))
    }
}
