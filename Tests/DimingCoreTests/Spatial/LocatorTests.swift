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
        #expect(result.onBorderWith.isEmpty)
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
            let counties = Set([result.chain.first { $0.level == .county }?.code] + result.onBorderWith.map(\.code))
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

    @Test func batchWritesOneAnswerPerLineInOrder() throws {
        let locator = try Locator.load(from: try Self.demo())
        var line = 0
        var out = JSONOutput()
        let input = "id,lon,lat\na,111.45,30.39\nb,116.39,39.91\r\nc,111.35,30.2\n"
        _ = try BatchLocator(locator: locator).answer(Array(input.utf8)[...], line: &line, out: &out)
        let lines = String(decoding: out.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "a,420581001,陆城街道")
        #expect(lines[1] == "b,,")
        #expect(lines[2].hasPrefix("c,420581"))
    }

    /// A large input is answered in parallel parts; the output keeps the input's order and a
    /// bad line deep in a later part is named by its real line number.
    @Test func parallelBatchKeepsOrderAndLineNumbers() throws {
        let locator = try Locator.load(from: try Self.demo())
        func run(_ text: String) throws -> String {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).csv")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let sink = MemorySink()
            try BatchLocator(locator: locator).run(input: try FileHandle(forReadingFrom: url), to: sink)
            return sink.string
        }
        var input = "id,lon,lat\n"
        for i in 1...20_000 { input += i % 2 == 0 ? "p\(i),111.45,30.39\n" : "p\(i),116.39,39.91\n" }
        let lines = try run(input).split(separator: "\n")
        #expect(lines.count == 20_001)
        #expect(lines[1] == "p1,," && lines[2] == "p2,420581001,陆城街道")
        #expect(lines[20_000] == "p20000,420581001,陆城街道")
        #expect(throws: LocateError.badLine(line: 15_002, reason: "expected id,lon,lat with numbers for lon and lat")) {
            try run(input.replacingOccurrences(of: "p15001,116.39,39.91", with: "p15001,x,39.91"))
        }
    }

    @Test func batchRefusesABadLine() throws {
        let locator = try Locator.load(from: try Self.demo())
        var line = 0
        var out = JSONOutput()
        #expect(throws: LocateError.badLine(line: 3, reason: "expected id,lon,lat with numbers for lon and lat")) {
            try BatchLocator(locator: locator).answer(Array("id,lon,lat\na,111.45,30.39\nb,east,30\n".utf8)[...], line: &line, out: &out)
        }
        line = 0
        #expect(throws: LocateError.self) {
            try BatchLocator(locator: locator).answer(Array("a,30.39,111.45\n".utf8)[...], line: &line, out: &out)
        }
    }
}
