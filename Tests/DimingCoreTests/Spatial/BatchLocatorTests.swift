import Foundation
import DimingTestSupport
import Testing
@testable import DimingCore

/// `locate --batch` in the core: answers in input order, bad rows left out and named by line.
@Suite struct BatchLocatorTests {
    let batch: BatchLocator

    init() throws {
        batch = BatchLocator(locator: try Locator.load(from: try LocatorTests.demo()))
    }

    /// Runs `text` through a file, the way the command reads standard input.
    func run(_ text: String, strict: Bool = false) throws -> (output: String, refused: [LocateError], summary: BatchSummary) {
        let url = ScratchFolder.url("batch", suffix: ".csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = MemorySink()
        var refused = [LocateError]()
        let summary = try batch.run(input: try FileHandle(forReadingFrom: url), to: sink, strict: strict) { refused.append($0) }
        return (sink.string, refused, summary)
    }

    @Test func writesOneAnswerPerLineInOrder() throws {
        var line = 0
        var out = JSONOutput()
        let input = "id,lon,lat\na,111.45,30.39\nb,116.39,39.91\r\nc,111.35,30.2\n"
        let tally = batch.answer(Array(input.utf8)[...], line: &line, out: &out)
        #expect(tally.located == 3 && tally.refused.isEmpty)
        let lines = String(decoding: out.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "a,420581001,陆城街道,false,")
        #expect(lines[1] == "b,,,false,")
        #expect(lines[2].hasPrefix("c,420581"))
    }

    @Test func aBadRowIsLeftOutAndTheGoodRowsAroundItAreAnswered() throws {
        let result = try run("id,lon,lat\na,111.45,30.39\nb,east,30\nc,116.39,39.91\nd,111.45,95\ne,111.45,30.39\n")
        #expect(result.output == "id,code,name,on_border,neighbour\na,420581001,陆城街道,false,\nc,,,false,\ne,420581001,陆城街道,false,\n")
        #expect(result.refused == [.badLine(line: 3, reason: "lon \"east\" is not a number"),
                                   .badLine(line: 5, reason: "lat 95 is outside -90…90")])
        #expect(result.summary == BatchSummary(located: 3, refused: 2))
        #expect(throws: LocateError.rowsRefused(refused: 2, rows: 5)) { try result.summary.check() }
        #expect(LocateError.rowsRefused(refused: 2, rows: 5).detail == "2 of 5 rows refused")
    }

    @Test func aCleanRunPassesTheCheck() throws {
        let result = try run("id,lon,lat\na,111.45,30.39\n")
        #expect(result.refused.isEmpty && result.summary == BatchSummary(located: 1, refused: 0))
        try result.summary.check()
    }

    @Test(arguments: [
        ("a,111.45,abc", "lat \"abc\" is not a number"),
        ("a,111.45,95", "lat 95 is outside -90…90"),
        ("a,200,30", "lon 200 is outside -180…180"),
        ("a,30.39,111.45", "lat 111.45 is outside -90…90; it looks like lat,lon order — the columns are id,lon,lat"),
        ("a,,30", "lon is empty"),
        ("a,111.45", "expected id,lon,lat, found 2 fields"),
        ("a,111.45,30.39,7", "expected id,lon,lat, found 4 fields"),
        ("a 111.45 30.39", "expected id,lon,lat, found no comma"),
        ("a,1e400,30", "lon 1e400 is not a finite number"),
    ])
    func aRefusalNamesTheFieldAndItsText(row: String, reason: String) throws {
        let result = try run("id,lon,lat\n\(row)\n")
        #expect(result.refused == [.badLine(line: 2, reason: .verbatim(reason))])
        #expect(result.output == "id,code,name,on_border,neighbour\n")
    }

    /// Line 1 that is not numbers is the header; numbers out of range there are a bad row.
    @Test func onlyALineOneWithoutNumbersIsTheHeader() throws {
        #expect(try run("a,111.45,30.39\n").output == "id,code,name,on_border,neighbour\na,420581001,陆城街道,false,\n")
        #expect(try run("a,111.45,95\n").refused == [.badLine(line: 1, reason: "lat 95 is outside -90…90")])
    }

    /// A large input is answered in parallel parts; the output keeps the input's order and a
    /// bad line deep in a later part is named by its real line number while the rest is answered.
    @Test func parallelBatchKeepsOrderAndLineNumbers() throws {
        var input = "id,lon,lat\n"
        for i in 1...20_000 { input += i % 2 == 0 ? "p\(i),111.45,30.39\n" : "p\(i),116.39,39.91\n" }
        let lines = try run(input).output.split(separator: "\n")
        #expect(lines.count == 20_001)
        #expect(lines[1] == "p1,,,false," && lines[2] == "p2,420581001,陆城街道,false,")
        #expect(lines[20_000] == "p20000,420581001,陆城街道,false,")
        let bad = try run(input.replacingOccurrences(of: "p15001,116.39,39.91", with: "p15001,x,39.91"))
        #expect(bad.refused == [.badLine(line: 15_002, reason: "lon \"x\" is not a number")])
        let answered = bad.output.split(separator: "\n")
        #expect(answered.count == 20_000)
        #expect(answered[15_000] == "p15000,420581001,陆城街道,false," && answered[15_001] == "p15002,420581001,陆城街道,false,")
    }

    /// With `strict` the first bad row is thrown: every row before it is written, none after,
    /// also when later parallel parts were answered already.
    @Test func strictStopsAtTheFirstBadRowAfterWritingTheRowsBeforeIt() throws {
        var input = "id,lon,lat\n"
        for i in 1...20_000 { input += "p\(i),111.45,30.39\n" }
        input = input.replacingOccurrences(of: "p15001,111.45,30.39", with: "p15001,111.45,95")
            .replacingOccurrences(of: "p18000,111.45,30.39", with: "p18000,x,30")
        let url = ScratchFolder.url("batch", suffix: ".csv")
        try input.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = MemorySink()
        var heard = 0
        #expect(throws: LocateError.badLine(line: 15_002, reason: "lat 95 is outside -90…90")) {
            try batch.run(input: try FileHandle(forReadingFrom: url), to: sink, strict: true) { _ in heard += 1 }
        }
        #expect(heard == 0)
        let lines = sink.string.split(separator: "\n")
        #expect(lines.count == 15_001)
        #expect(lines.last == "p15000,420581001,陆城街道,false,")
    }
}
