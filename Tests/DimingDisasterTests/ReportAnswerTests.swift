import DimingCore
@testable import DimingDisaster
import Foundation
import GRDB
import Testing

/// The answer to a created report is built from the values just written rather than read
/// back: it must be exactly what `GET /reports/{id}` reads afterwards, for every kind of report.
@Suite struct ReportAnswerTests {
    static let reporter = Account(id: 8, name: "li", role: .disasterReporter, scope: .everywhere, createdAt: Date())

    static func body(_ n: Int, lon: String = "111.4851", lat: String = "30.4046", _ extra: String) -> [UInt8] {
        Array(#"{"type": "Feature", "id": "uuid:00000000-0000-4000-8000-\#(String(format: "%012d", n))", "geometry": {"type": "Point", "coordinates": [\#(lon), \#(lat)]}, "properties": {"event": 1, "observed_at": "2025-07-10T08:30:00.25+08:00", "location_source": "map", "accuracy_m": 12.5\#(extra)}}"#.utf8)
    }

    @Test func theAnswerIsWhatIsReadBack() async throws {
        let database = try ReportRows.demoDatabase("answer")
        try await database.pool.write { db in _ = try ReportRows.event(in: db) }
        let disaster = Disaster(database)
        let locators = LocatorCache(database: database)
        let bodies = [
            Self.body(1, #", "affected_people": 12, "crops_affected_mu": 279, "direct_loss_10k_yuan": 1.25, "note": "桥头 3 户", "photos": ["a.jpg", "b.jpg"]"#),
            Self.body(2, #", "houses": [{"household": "H-1", "class": "collapsed", "rooms": 3}, {"household": "H-1", "structure": "shed", "class": "auxiliary", "rooms": 1}]"#),
            Self.body(3, lon: "111.4912", lat: "30.4021", #", "crs": "GCJ-02", "affected_people": 4"#),
            Self.body(4, lon: "116.39", lat: "39.91", #", "affected_people": 1"#),
            Self.body(5, #", "replaces": "00000000-0000-4000-8000-000000000001", "affected_people": 14, "crops_affected_mu": 279, "direct_loss_10k_yuan": 1.25"#),
        ]
        for body in bodies {
            let answer = try await disaster.submit(body, by: Self.reporter, locators: locators)
            #expect(answer.outcome == .created)
            let readBack = try await disaster.report(answer.report.uid)
            #expect(answer.report == readBack, "\(answer.report.uid)")
            #expect(answer.report.feature.text == readBack.feature.text)
        }
        // The corrected version, read again, is no longer current; the answer then was.
        let first = try await disaster.report("00000000-0000-4000-8000-000000000001")
        #expect(!first.isCurrent && first.supersededAt != nil)
    }
}
