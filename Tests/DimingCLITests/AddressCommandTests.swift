import Foundation
import Testing

/// `diming address …` end to end (LC-04): the built binary on a real file, and the sqlite3
/// shell standing for any other program writing the file (QGIS).
@Suite struct AddressCommandTests {
    let directory: URL
    let db: String

    static let roads = #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"0000000a-0000-4000-8000-000000000001","properties":{"name":"解放路"},"geometry":{"type":"LineString","coordinates":[[111.1,30.3],[111.2,30.3]]}}]}"#
    static let houses = #"{"type":"FeatureCollection","features":[{"type":"Feature","id":"0000000a-0000-4000-8000-000000000010","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":10},"geometry":{"type":"Point","coordinates":[111.11,30.3001]}},{"type":"Feature","id":"0000000a-0000-4000-8000-000000000012","properties":{"road_id":"0000000a-0000-4000-8000-000000000001","number":12},"geometry":{"type":"Point","coordinates":[111.12,30.3001]}}]}"#

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("a.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        for (layer, text) in [("roads", Self.roads), ("addresses", Self.houses)] {
            let file = directory.appendingPathComponent("\(layer).geojson").path
            try text.write(toFile: file, atomically: true, encoding: .utf8)
            let loaded = try CommandRunner.diming("import", layer, file, "--db", db)
            try #require(loaded.status == 0, "import \(layer) failed: \(loaded.stderr)")
        }
    }

    func address(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.run(CommandRunner.diming, ["address"] + arguments + ["--db", db])
    }

    @Test(.enabled(if: TestTools.runs(needing: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func retireThenOnlyTheDecisionReusesTheNumber() throws {
        let retired = try address("retire", "0000000a-0000-4000-8000-000000000012", "--date", "2024-05-01", "--reason", "建筑拆除")
        #expect(retired.status == 0, "\(retired.stderr)")
        #expect(retired.stdout == "address 0000000a-0000-4000-8000-000000000012 (解放路12号) retired: 原解放路12号地块\n")

        let again = try address("retire", "0000000a-0000-4000-8000-000000000012", "--date", "2024-05-02", "--reason", "拆除")
        #expect(again.status != 0)
        #expect(again.stderr == "Error: address 0000000a-0000-4000-8000-000000000012 (解放路12号) is already historical: it cannot be retired again\n")

        // Another program (the sqlite3 shell with SpatiaLite, as QGIS opens the file) renumbering
        // 10 onto the retired 12 is refused by the file itself.
        let shell = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), ["-cmd", ".load mod_spatialite", db, "UPDATE addresses SET number = 12 WHERE uid = '0000000a-0000-4000-8000-000000000010';"])
        #expect(shell.status != 0)
        #expect(shell.stderr.contains("历史门牌") && shell.stderr.contains("diming address reuse"), "\(shell.stderr)")

        let reused = try address("reuse", "0000000a-0000-4000-8000-000000000012", "--lon", "111.121", "--lat", "30.3001", "--reason", "宜民发〔2024〕7号")
        #expect(reused.status == 0, "\(reused.stderr)")
        #expect(reused.stdout.hasPrefix("new address ") && reused.stdout.hasSuffix("(解放路12号) reuses the number of historical address 0000000a-0000-4000-8000-000000000012\n"))
        let rows = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, """
            SELECT uid, status, site_text, reuses FROM addresses WHERE number = 12 ORDER BY status = 'in_use';
            SELECT count(*) FROM diming_audit WHERE action IN ('address.retire', 'address.reuse');
            """])
        let lines = rows.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(rows.stdout) \(rows.stderr)")
        #expect(lines.first == "0000000a-0000-4000-8000-000000000012|historical|原解放路12号地块|")
        #expect(lines.dropFirst().first?.hasSuffix("|in_use||0000000a-0000-4000-8000-000000000012") == true)
        #expect(lines.last == "2")
    }
}
