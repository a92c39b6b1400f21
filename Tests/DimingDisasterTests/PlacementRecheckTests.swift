import DimingCore
@testable import DimingDisaster
import Foundation
import GRDB
import Testing

/// A report is placed against the data this process saw last, without a read of its own; the
/// group commit's writer checks that data in its transaction. A change made meanwhile by
/// another program (QGIS, a second `diming`) is not missed: the report is placed again first.
@Suite struct PlacementRecheckTests {
    static let reporter = Account(id: 8, name: "li", role: .disasterReporter, scope: .everywhere, createdAt: Date())

    static func body(_ n: Int) -> [UInt8] {
        Array(#"{"type": "Feature", "id": "00000000-0000-4000-8000-\#(String(format: "%012d", n))", "geometry": {"type": "Point", "coordinates": [111.4851, 30.4046]}, "properties": {"event": 1, "observed_at": "2026-07-10T08:30:00+08:00", "location_source": "gps", "accuracy_m": 8, "affected_people": 3}}"#.utf8)
    }

    @Test func aShelterAddedByAnotherProgramIsTheNextReportsNearest() async throws {
        let database = try ReportRows.demoDatabase("placement-recheck")
        try await database.pool.write { db in _ = try ReportRows.event(in: db) }
        let disaster = Disaster(database)
        let locators = LocatorCache(database: database)
        let before = try await disaster.submit(Self.body(1), by: Self.reporter, locators: locators)
        #expect(before.report.assignment.nearestShelter != "新设临时安置点")
        #expect((before.report.assignment.nearestShelterM ?? 0) > 50)

        // Another program opens the file and adds a shelter on the very spot.
        let other = try DimingDatabase(path: database.path, modules: DimingModule.standard + [.disaster])
        try await other.pool.write { db in
            try db.execute(sql: "INSERT INTO shelters (name, kind, geom) VALUES ('新设临时安置点', 'outdoor', MakePoint(111.4851, 30.4046, 4490))")
        }

        let after = try await disaster.submit(Self.body(2), by: Self.reporter, locators: locators)
        #expect(after.report.assignment.nearestShelter == "新设临时安置点")
        #expect((after.report.assignment.nearestShelterM ?? 99) < 1)
        let readBack = try await disaster.report(after.report.uid)
        #expect(readBack.assignment.nearestShelter == "新设临时安置点")
    }
}
