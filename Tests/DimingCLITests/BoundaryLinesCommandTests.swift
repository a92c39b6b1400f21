import DimingTestSupport
import Foundation
import Testing

/// `diming boundary lines` and `boundary check` on the Yichang districts, as a user runs them.
@Suite struct BoundaryLinesCommandTests {
    static let yichang = CommandRunner.packageRoot.appendingPathComponent("Tests/DimingBoundariesTests/Fixtures/yichang-districts.geojson").path

    static func database() throws -> String {
        let db = try CommandRunner.temporaryDirectory().appendingPathComponent("lines.sqlite").path
        #expect(try CommandRunner.diming("init", "--db", db).status == 0)
        let imported = try CommandRunner.diming("import", "divisions", yichang, "--map", "code=adcode", "--db", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        return db
    }

    @Test func linesPrintsTheYiduXiaotingLineAndCheckExitsZeroWithASummary() throws {
        let db = try Self.database()
        let lines = try CommandRunner.diming("boundary", "lines", "--db", db, "--format", "json")
        #expect(lines.status == 0, "\(lines.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(lines.stdout.utf8)) as? [[String: Any]] ?? []
        let line = try #require(parsed.first { $0["code"] as? String == "420505-420581" })
        #expect(abs((line["length_m"] as? Double ?? 0) - 14_758.7) < 1)
        let check = try CommandRunner.diming("boundary", "check", "--db", db)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Checked 13 divisions"))
        let geojson = try CommandRunner.diming("boundary", "check", "--db", db, "--format", "geojson")
        #expect(geojson.stdout.hasPrefix("{\"type\":\"FeatureCollection\""))
    }

    @Test func aBadToleranceIsOneLineAndANonZeroExit() throws {
        let db = try Self.database()
        for bad in ["--tolerance=-1", "--tolerance=nan"] {
            let result = try CommandRunner.diming("boundary", "check", bad, "--db", db)
            #expect(result.status != 0, "\(bad)")
            let message = result.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!message.contains("\n") && message.contains("tolerance"), "\(message)")
        }
    }
}
