import Foundation
import Testing

/// `diming report submit` end to end: a CSV batch and a FeatureCollection through the same
/// path as `POST /reports`, one outcome per report, non-zero exit when any was refused.
@Suite struct ReportSubmitCommandTests {
    let directory: URL
    let db: String

    init() throws {
        directory = try CommandRunner.temporaryDirectory()
        db = directory.appendingPathComponent("r.sqlite").path
        try #require(try CommandRunner.diming("init", "--db", db).status == 0)
        let event = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, """
            INSERT INTO disaster_events (id, hazard, name, started_at, started_utc, created_at)
            VALUES (1, 'flood', 'E1', '2025-07-10T03:00:00+08:00', '2025-07-09T19:00:00Z', '2025-07-10T03:00:00Z');
            """])
        try #require(event.status == 0, "\(event.stderr)")
    }

    func submit(_ name: String, _ text: String) throws -> CommandResult {
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return try CommandRunner.run(CommandRunner.diming, ["report", "submit", file.path, "--db", db])
    }

    @Test(.enabled(if: TestTools.runs(needing: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func aCSVBatchAndAFeatureCollectionGiveOneOutcomeEach() throws {
        let csv = """
            id,event,lon,lat,observed_at,location_source,accuracy_m,replaces,note,affected_people,crops_affected_mu
            00000000-0000-4000-8000-000000000001,1,111.4851,30.4046,2025-07-10T08:30:00+08:00,gps,10,,,320,279
            00000000-0000-4000-8000-000000000002,1,111.4852,30.4046,2025-07-10T08:30:00+08:00,gps,10,,"暴雨, 山洪",210,

            """
        let first = try submit("batch.csv", csv)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.split(separator: "\n").map { $0.split(separator: "\t")[1] } == ["created", "created"], "\(first.stdout)")
        let again = try submit("batch.csv", csv)
        #expect(again.status == 0 && again.stdout.split(separator: "\n").allSatisfy { $0.contains("\tunchanged\t") }, "\(again.stdout)")
        let collection = #"""
            {"type":"FeatureCollection","features":[
             {"type":"Feature","id":"00000000-0000-4000-8000-000000000001","geometry":{"type":"Point","coordinates":[111.4851,30.4046]},"properties":{"event":1,"observed_at":"2025-07-10T08:30:00+08:00","location_source":"gps","affected_people":999}},
             {"type":"Feature","id":"00000000-0000-4000-8000-000000000003","geometry":{"type":"Point","coordinates":[111.4851,30.4046]},"properties":{"event":1,"observed_at":"2025-07-10T08:30:00+08:00","location_source":"gps","affected_people":5,"relocated_people":6}}]}
            """#
        let refused = try submit("more.geojson", collection)
        #expect(refused.status != 0)
        let outcomes = refused.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(outcomes.map { $0[1] } == ["conflict", "refused"], "\(refused.stdout)")
        #expect(outcomes[1][2].hasPrefix("relocated_people"))
        let stored = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db,
            "SELECT count(*), sum(crops_affected_m2), group_concat(crops_affected_mu) FROM disaster_reports"])
        #expect(stored.stdout == "2|186000|279\n")
    }
}
