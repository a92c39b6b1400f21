import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// A division whose geometry changes makes its lines stale (boundaries-004-stale-lines); the
/// next read derives them again and keeps the previous version.
@Suite struct StaleLinesTests {
    /// A file made before boundaries-004 (Fixtures/README.md): 27 lines of Yichang, version 1.
    static func oldFile() throws -> DimingDatabase {
        let folder = ScratchFolder.url("boundary-stale")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", LinesFixture.fixtures.appendingPathComponent("boundaries-2026-12-01.sqlite.gz").path]
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try gunzip.run()
        gunzip.waitUntilExit()
        return try DimingDatabase(path: path, modules: DimingModule.standard + [.boundaries], create: false)
    }

    @Test func editingADivisionThroughTheEditorDerivesItsLinesAgainAndKeepsTheOldOnes() async throws {
        let database = try Self.oldFile()
        #expect(try database.appliedMigrations().contains("boundaries-004-stale-lines"))
        let boundaries = Boundaries(database)
        let before = try await boundaries.line("420505-420581")
        #expect(before.version == 1)
        #expect(abs(before.lengthM - 14_760) < 50, "\(before.lengthM)")

        // 猇亭区 (420505) loses a corner: its first vertex near 宜都 moves 300 m east.
        let editor = FeatureEditor(database: database, layer: .divisions)
        let current = try #require(try await database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT geom FROM divisions WHERE code = '420505'")?.geometry(atIndex: 0)
        })
        let moved = try Self.movingTheVertexNearest(to: before.geometry, in: current, eastBy: 0.003)
        _ = try await editor.update(id: "420505", with: FeaturePatch(geometry: moved), precondition: .any,
                                    by: FeatureEditor.Actor(account: LinesFixture.admin))
        #expect(try await database.pool.read { try String.fetchAll($0, sql: "SELECT code FROM boundary_lines_stale") } == ["420505"])

        let after = try await boundaries.line("420505-420581")
        #expect(after.version == 2)
        #expect(abs(after.lengthM - before.lengthM) > 1, "\(before.lengthM) → \(after.lengthM)")
        let versions = try await boundaries.lineVersions("420505-420581")
        #expect(versions.map(\.version) == [1])
        #expect(versions.first?.lengthM == before.lengthM)
        #expect(versions.first?.geometry == before.geometry)
        #expect(versions.first?.reason == "division changed: 420505")
        #expect(try await database.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM boundary_lines_stale") } == 0)
        // A line not touching 猇亭区 is untouched.
        #expect(try await boundaries.line("420582-420583").version == 1)
    }

    @Test func savingTheSameGeometryAgainChangesNoLine() async throws {
        let database = try Self.oldFile()
        let geometry = try #require(try await database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT geom FROM divisions WHERE code = '420505'")?.geometry(atIndex: 0)
        })
        _ = try await FeatureEditor(database: database, layer: .divisions)
            .update(id: "420505", with: FeaturePatch(geometry: geometry), precondition: .any, by: FeatureEditor.Actor(account: LinesFixture.admin))
        #expect(try await Boundaries(database).line("420505-420581").version == 1)
    }

    /// `polygon` with its vertex nearest to the middle of `line` moved east by `degrees`.
    static func movingTheVertexNearest(to line: Geometry, in polygon: Geometry, eastBy degrees: Double) throws -> Geometry {
        var points: [Position] = []
        line.forEachPosition { points.append($0) }
        let target = points[points.count / 2]
        guard case var .multiPolygon(parts) = polygon else { throw CocoaError(.featureUnsupported) }
        var best = (part: 0, ring: 0, index: 0, distance: Double.infinity)
        for (p, part) in parts.enumerated() {
            for (r, ring) in part.enumerated() {
                for (i, v) in ring.enumerated().dropLast() {
                    let d = hypot(v.lon - target.lon, v.lat - target.lat)
                    if d < best.distance { best = (p, r, i, d) }
                }
            }
        }
        parts[best.part][best.ring][best.index].lon += degrees
        if best.index == 0 { parts[best.part][best.ring][parts[best.part][best.ring].count - 1].lon += degrees }
        return .multiPolygon(parts)
    }
}
