import Foundation
import Testing

/// `diming boundary export` and `diming boundary simplify` on the demo database: the files they
/// write, and one-line refusals with a non-zero exit.
@Suite struct BoundaryExportCommandTests {
    @Test func exportWritesGeoJSONAndASequence() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = try DemoTemplate.copy(into: directory)
        let file = directory.appendingPathComponent("out.geojson").path
        let run = try CommandRunner.diming("boundary", "export", "420581", "420505", "--db", db, "--output", file)
        #expect(run.status == 0, "\(run.stderr)")
        let collection = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect((collection["features"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["420581", "420505"])
        let sequence = try CommandRunner.diming("boundary", "export", "420581", "--db", db, "--format", "geojsonseq")
        #expect(sequence.status == 0 && sequence.stdout.hasPrefix("\u{1E}{\"type\":\"Feature\"") && sequence.stdout.hasSuffix("\n"))
    }

    @Test func simplifyReportsAndLeavesTheFileAlone() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = try DemoTemplate.copy(into: directory)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        let run = try CommandRunner.diming("boundary", "simplify", "--tolerance", "100", "--db", db, "--format", "json")
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["tolerance_m"] as? Double == 100 && (report["shared_arcs"] as? Int ?? 0) > 10)
        let divisions = try #require(report["divisions"] as? [[String: Any]])
        #expect(divisions.count == 13 && divisions.allSatisfy { $0["valid"] as? Bool == true })
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    @Test(arguments: [
        (["boundary", "export", "429999"], "429999"),
        (["boundary", "export", "420581-429999"], "420581-429999"),
        (["boundary", "simplify", "--tolerance=-1"], "tolerance"),
        (["boundary", "export", "420581", "--simplify=-1"], "simplify"),
    ]) func refusalsAreOneLine(arguments: [String], mentioned: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = try DemoTemplate.copy(into: directory)
        let run = try CommandRunner.run(CommandRunner.diming, arguments + ["--db", db])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").count == 1 && run.stderr.contains(mentioned), "\(run.stderr)")
    }
}
