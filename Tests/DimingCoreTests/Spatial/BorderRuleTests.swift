import Foundation
import Testing
@testable import DimingCore

/// The border rule on tiles where the answer is known: two squares sharing an edge, a
/// T-junction of three, a county beside a county, the outer edge of the data. Every point
/// exactly on an edge or a vertex has one owner at every level, as the rule in ``Locator``
/// says, names the tiles across the border, and the batch says the same as the Locator.
@Suite struct BorderRuleTests {
    static func locator() throws -> (DimingDatabase, Locator) {
        let db = try makeTestDatabase()
        try importText(SyntheticTiles.geoJSON, into: .divisions, db)
        return (db, try Locator.load(from: db))
    }

    @Test func everyPointOnAnEdgeOrVertexHasOneOwnerAtEveryLevel() throws {
        let (_, locator) = try Self.locator()
        let points = SyntheticTiles.borderPoints()
        #expect(points.count > 500)
        for p in points {
            let result = locator.locate(SyntheticTiles.position(p))
            let expected = SyntheticTiles.expected(p)
            #expect(result.chain.map(\.code) == expected.chain, "\(p)")
            #expect(Set(result.neighbours.map(\.code)) == expected.neighbours, "\(p)")
            #expect(result.onBorder, "\(p)")
            // Consistent: each the parent of the one before; a county with townships gives one.
            for (child, parent) in zip(result.chain, result.chain.dropFirst()) { #expect(child.parent == parent.code) }
            if result.chain.contains(where: { $0.code == "429001" }) { #expect(result.chain.first?.level == .township, "\(p)") }
        }
    }

    @Test func theRuleByExample() throws {
        let (_, locator) = try Self.locator()
        func owner(_ x: Double, _ y: Double) -> [String] { locator.locate(SyntheticTiles.position((x, y))).chain.map(\.code) }
        #expect(owner(1, 0.5) == ["429001002", "429001", "429000"])   // A|B: the east side
        #expect(owner(1.5, 1) == ["429001003", "429001", "429000"])   // B|C: the north side
        #expect(owner(1, 1) == ["429001003", "429001", "429000"])     // the T-junction: north-east
        #expect(owner(2, 0.5) == ["429002", "429000"])                // county|county: the east side
        #expect(owner(3, 1) == ["429002", "429000"])                  // the outer edge is inside
        #expect(owner(0.5, 2) == ["429001001", "429001", "429000"])   // so is the north edge, with a township
        #expect(owner(2, 2) == ["429001003", "429001", "429000"])     // outer corner of two: the smaller code
        let across = locator.locate(SyntheticTiles.position((2, 0.5)))
        #expect(across.neighbours.map(\.code) == ["429001"] && across.neighbours.first?.level == .county)
        let junction = locator.locate(SyntheticTiles.position((1, 1)))
        #expect(junction.neighbours.map(\.code) == ["429001001", "429001002"])
        let inside = locator.locate(SyntheticTiles.position((0.5, 0.5)))
        #expect(!inside.onBorder && inside.neighbours.isEmpty)
    }

    /// Noise below the tolerance (a vertex computed twice) changes nothing: a point a
    /// hair off an edge, on either side, still has one owner at every level and the border.
    @Test func pointsWithinTheToleranceOfAnEdgeAreOnIt() throws {
        let (_, locator) = try Self.locator()
        let hair = Locator.borderTolerance / 2
        for (x, y) in [(1.0, 0.5), (1.5, 1.0), (2.0, 0.5), (3.0, 1.0), (1.5, 2.0), (0.0, 1.5), (1.5, 0.0)] {
            for (dx, dy) in [(hair, 0.0), (-hair, 0.0), (0.0, hair), (0.0, -hair)] {
                let position = Position(lon: 111 + x / 64 + dx, lat: 30 + y / 64 + dy)
                let result = locator.locate(position)
                #expect(result.onBorder, "\(x),\(y) + \(dx),\(dy)")
                #expect(result.chain.count == (result.chain.contains { $0.code == "429001" } ? 3 : 2), "\(x),\(y) + \(dx),\(dy): \(result.chain.map(\.code))")
            }
        }
        // Two tolerances off the outer edge is outside.
        #expect(locator.locate(Position(lon: 111 + 3.0 / 64 + 2 * Locator.borderTolerance, lat: 30 + 1.0 / 64)).chain.isEmpty)
    }

    @Test func theBatchSaysWhatTheLocatorSays() throws {
        let (_, locator) = try Self.locator()
        let points = SyntheticTiles.borderPoints() + [(0.5, 0.5), (2.5, 1.5), (4, 4)]
        var input = "id,lon,lat\n"
        for (i, p) in points.enumerated() {
            let position = SyntheticTiles.position(p)
            input += "\(i),\(position.lon),\(position.lat)\n"
        }
        var line = 0
        var out = JSONOutput()
        _ = BatchLocator(locator: locator).answer(Array(input.utf8)[...], line: &line, out: &out)
        let rows = String(decoding: out.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == points.count)
        for (row, p) in zip(rows, points) {
            let result = locator.locate(SyntheticTiles.position(p))
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 5, "\(row)")
            #expect(fields[1] == (result.smallest?.code ?? ""), "\(row)")
            #expect(fields[3] == String(result.onBorder), "\(row)")
            #expect(fields[4] == result.neighbours.map(\.code).joined(separator: ";"), "\(row)")
        }
    }
}
