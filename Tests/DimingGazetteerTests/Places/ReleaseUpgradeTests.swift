import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// A file of the release before the gazetteer (the core tests' fixture) upgraded in place: the
/// migrations up to gazetteer-007 apply, and its places become gazetteer records at the first call.
@Suite struct ReleaseUpgradeTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DimingCoreTests/Fixtures/release-2026-11-30.sqlite.gz")

    @Test func anOldFileGetsRoadLinksAndNameRecordsForItsPlaces() async throws {
        let folder = ScratchFolder.url("gazetteer-release")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("release.sqlite").path
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", Self.fixture.path]
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try gunzip.run()
        gunzip.waitUntilExit()
        try #require(gunzip.terminationStatus == 0)

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
