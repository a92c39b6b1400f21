import Foundation
import GRDB
import Testing
@testable import DimingCore

@Suite struct LocatorTests {
    /// The demo database: Yichang's counties and city plus the Yidu townships.
    static func demo() throws -> DimingDatabase {
        let db = try makeTestDatabase()
        _ = try DemoDataset.load(from: gazetteerDirectory, into: db)
        return db
    }

    @Test func aPointInLuchengGivesTheWholeChain() throws {
        let locator = try Locator.load(from: try Self.demo())
        let result = locator.locate(Position(lon: 111.45, lat: 30.39))
        #expect(result.chain.map(\.code) == ["420581001", "420581", "420500"])
        #expect(result.chain.map(\.name) == ["陆城街道", "宜都市", "宜昌市"])
        #expect(!result.onBorder && result.neighbours.isEmpty)
    }

    @Test func aPointInXiaotingAndOneOutside() throws {
        let db = try Self.demo()
        let locator = try Locator.load(from: db)
        // A point SpatiaLite guarantees to be inside 猇亭区.
        let inside = try db.pool.read { conn in
            try Row.fetchOne(conn, sql: "SELECT X(p) AS lon, Y(p) AS lat FROM (SELECT ST_PointOnSurface(geom) AS p FROM divisions WHERE code = '420505')")
        }
        let point = try #require(inside)
        let result = locator.locate(Position(lon: try #require(point["lon"] as Double?), lat: try #require(point["lat"] as Double?)))
        #expect(result.chain.map(\.code) == ["420505", "420500"])
        #expect(locator.locate(Position(lon: 116.39, lat: 39.91)).chain.isEmpty)   // Beijing
    }

    @Test func aPointOnTheYiduXiaotingBorderIsInExactlyOneAndNamesTheOther() throws {
        let db = try Self.demo()
        let locator = try Locator.load(from: db)
        // A vertex the two real county polygons share, found from the data.
        let shared = try db.pool.read { conn -> [Position] in
            let yidu = try #require(try Row.fetchOne(conn, sql: "SELECT geom FROM divisions WHERE code = '420581'")?.geometry(at: Column("geom")))
            let xiaoting = try #require(try Row.fetchOne(conn, sql: "SELECT geom FROM divisions WHERE code = '420505'")?.geometry(at: Column("geom")))
            var a = Set<Position>(), both = [Position]()
            yidu.forEachPosition { a.insert($0) }
            xiaoting.forEachPosition { if a.contains($0) { both.append($0) } }
            return both
        }
        #expect(shared.count > 10, "the real data share border vertices")
        for point in shared.prefix(20) {
            let result = locator.locate(point)
            let counties = Set([result.chain.first { $0.level == .county }?.code] + result.neighbours.filter { $0.level == .county }.map(\.code))
            #expect(result.onBorder)
            #expect(counties.isSuperset(of: ["420581", "420505"]), "\(point): \(result)")
        }
    }

    /// The in-memory answer equals SpatiaLite's own ST_Contains on random points.
    @Test func agreesWithSpatiaLiteOnRandomPoints() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let locator = try Locator.load(from: db)
        var generator = SystemRandomNumberGenerator()
        var disagreements = 0
        try db.pool.read { conn in
            let statement = try conn.makeStatement(sql: "SELECT code FROM divisions WHERE ST_Contains(geom, MakePoint(?, ?, 4490))")
            for _ in 0..<1500 {
                let lon = Double.random(in: 110.2...112.1, using: &generator), lat = Double.random(in: 29.9...31.6, using: &generator)
                let ours = locator.smallestDivisionIndex(lon: lon, lat: lat).map { locator.divisions[$0].code }
                let theirs = try String.fetchOne(statement, arguments: [lon, lat])
                if ours != theirs { disagreements += 1 }
            }
        }
        #expect(disagreements == 0)
    }
}
