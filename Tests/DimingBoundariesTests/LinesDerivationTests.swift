import DimingBoundaries
import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// `deriveLines`: the shared line of each pair, its length in metres, and what a derivation
/// keeps when the divisions change.
@Suite struct LinesDerivationTests {
    @Test func theYiduXiaotingLineIsAbout14759Metres() async throws {
        // Reference figure: sqlite3 + mod_spatialite on the same file,
        // GLength(ST_Transform(SharedPaths(ST_Boundary(a), ST_Boundary(b)), 4546)) = 14 758.7054 m
        // (a = 猇亭区 420505, b = 宜都市 420581). Ours: both boundaries clipped to the pair's
        // common box, snapped within 1 mm, SharedPaths, ST_LineMerge, length in EPSG:4546
        // (CGCS2000 / 3-degree Gauss-Kruger CM 111E, the zone of the pair).
        let boundaries = Boundaries(try LinesFixture.yichang())
        let derivation = try await boundaries.deriveLines(by: LinesFixture.admin)
        #expect(derivation.added.contains("420505-420581"))
        let line = try await boundaries.line("420505-420581")
        #expect(abs(line.lengthM - 14_758.7054) < 1, "\(line.lengthM)")
        #expect(line.leftName == "猇亭区" && line.rightName == "宜都市")
        #expect(line.version == 1 && line.toleranceM == 0.001)
        let ofXiaoting = try await boundaries.lines(division: "420505").map(\.code)
        #expect(ofXiaoting.contains("420505-420581") && ofXiaoting.allSatisfy { $0.contains("420505") })
    }

    @Test func theLineOfNoisyNeighboursIsTheLineOfExactOnes() async throws {
        // T3: after snapping, A|B_noise equals A|B_ok.
        let exact = Boundaries(try LinesFixture.pair("lines-ok", middle: "527500"))
        let noisy = Boundaries(try LinesFixture.pair("lines-noise", middle: "527500.0001"))
        _ = try await exact.deriveLines(by: LinesFixture.admin)
        _ = try await noisy.deriveLines(by: LinesFixture.admin)
        let a = try await exact.line("420501-420502"), b = try await noisy.line("420501-420502")
        #expect(a.geometry == b.geometry)
        #expect(a.geometry.positionCount == 3)
        #expect(abs(a.lengthM - 10_049.876) < 0.01, "\(a.lengthM)")
        // Without tolerance the noise cuts the line into two points: no line.
        let none = Boundaries(try LinesFixture.pair("lines-noise-0", middle: "527500.0001"))
        let added = try await none.deriveLines(tolerance: 0, by: LinesFixture.admin).added
        #expect(added.isEmpty)
    }

    @Test func aChangedLineKeepsItsCodeAndAgreementAndTheOldVersion() async throws {
        let database = try LinesFixture.pair("regenerate", middle: "527500")
        let boundaries = Boundaries(database)
        _ = try await boundaries.deriveLines(by: LinesFixture.admin)
        try await boundaries.setAgreement("420501-420502", "鄂宜界〔2003〕1号", by: LinesFixture.admin)
        // Both counties move the middle vertex of their border 100 m east.
        try LinesFixture.put("420501", "A县", LinesFixture.a.replacingOccurrences(of: "527500 3395000", with: "527600 3395000"), in: database)
        try LinesFixture.put("420502", "B县", LinesFixture.b(middle: "527600"), in: database)
        let second = try await boundaries.deriveLines(by: LinesFixture.admin)
        #expect(second == LineDerivation(changed: ["420501-420502"]))
        let line = try await boundaries.line("420501-420502")
        #expect(line.version == 2 && line.agreement == "鄂宜界〔2003〕1号")
        let versions = try await boundaries.lineVersions("420501-420502")
        #expect(versions.map(\.version) == [1])
        #expect(abs((versions.first?.lengthM ?? 0) - 10_049.876) < 0.01)
        #expect(versions.first?.agreement == "鄂宜界〔2003〕1号")
    }

    @Test func anUnchangedDerivationWritesNothing() async throws {
        let database = try LinesFixture.pair("unchanged", middle: "527500")
        let boundaries = Boundaries(database)
        _ = try await boundaries.deriveLines(by: LinesFixture.admin)
        let before = try counts(database)
        let again = try await boundaries.deriveLines(by: LinesFixture.admin)
        #expect(again == LineDerivation(unchanged: ["420501-420502"]))
        #expect(try counts(database) == before)
        let version = try await boundaries.line("420501-420502").version
        #expect(version == 1)
    }

    @Test func aPairThatNoLongerTouchesIsRetired() async throws {
        let database = try LinesFixture.pair("retired", middle: "527500")
        let boundaries = Boundaries(database)
        _ = try await boundaries.deriveLines(by: LinesFixture.admin)
        try LinesFixture.put("420502", "B县", LinesFixture.b(middle: "528500", shift: 1000), in: database)
        let derivation = try await boundaries.deriveLines(by: LinesFixture.admin)
        #expect(derivation == LineDerivation(removed: ["420501-420502"]))
        let remaining = try await boundaries.lines()
        #expect(remaining.isEmpty)
        let kept = try database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT version, reason FROM boundary_line_versions WHERE code = '420501-420502'")
        }
        #expect(kept?["version"] == 1 && kept?["reason"] == "the divisions no longer touch")
    }

    @Test func onlyAnInspectorOrAnAdminDerives() async throws {
        let boundaries = Boundaries(try LinesFixture.pair("roles", middle: "527500"))
        let viewer = Account(id: 9, name: "viewer1", role: .viewer, scope: .everywhere, createdAt: Date())
        await #expect(throws: LinesError.notInspector(account: "viewer1", role: "viewer")) {
            try await boundaries.deriveLines(by: viewer)
        }
        await #expect(throws: AccessError.self) { try await boundaries.deriveLines(by: nil) }
        let inspector = Account(id: 8, name: "insp", role: .boundaryInspector, scope: .everywhere, createdAt: Date())
        let derived = try await boundaries.deriveLines(by: inspector).added
        #expect(derived == ["420501-420502"])
        let audited = try await boundaries.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT account FROM diming_audit WHERE action = 'boundary_lines.derive'")
        }
        #expect(audited == ["insp"])
    }

    private func counts(_ database: DimingDatabase) throws -> [Int] {
        try database.pool.read { db in
            try ["boundary_lines", "boundary_line_versions", "diming_audit"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? 0 }
        }
    }
}
