import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// A file of the release before the gazetteer (the core tests' fixture) upgraded in place: the
/// migrations up to gazetteer-007 apply, and its places become gazetteer records at the first call.
@Suite struct ReleaseUpgradeTests {
    @Test func anOldFileGetsRoadLinksAndNameRecordsForItsPlaces() async throws {
        let path = try ReleaseFixture.copy()

        let db = try DimingDatabase(path: path, modules: DimingModule.standard + [.gazetteer])
        #expect(try db.appliedMigrations().contains("gazetteer-007-road-links"))
        let places = try await db.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM places") ?? 0 }
        let listed = try await Gazetteer(db).list(PlaceFilter(limit: 10_000))
        #expect(listed.count == places)
        let standard = try await db.pool.read { try Int.fetchOne($0, sql: "SELECT count(DISTINCT place) FROM place_names WHERE kind = 'standard'") }
        #expect(standard == places)
        let columns = try await db.pool.read { try $0.columns(in: "places").map(\.name) }
        #expect(columns.contains("road_id"))
    }
}
