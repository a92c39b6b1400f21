import DimingCore
import Foundation
import GRDB
import Testing

/// `GET /locate`: the same chain as `diming locate`, problems for bad coordinates, and a fresh
/// answer once the divisions change.
@Suite struct LocateTests {
    @Test func aPointInLuchengGivesTheChain() async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/locate?lon=111.45&lat=30.39")
        #expect(response.status == 200)
        let divisions = try #require(try response.json["divisions"] as? [[String: Any]])
        #expect(divisions.map { $0["code"] as? String } == ["420581001", "420581", "420500"])
        #expect(divisions.first?["name"] as? String == "陆城街道")
        #expect(try response.json["on_border"] as? Bool == false)
        #expect((try response.json["neighbours"] as? [Any])?.isEmpty == true)
        // The metres as GDAL gives them: `echo 111.45 30.39 | gdaltransform -s_srs EPSG:4490 -t_srs EPSG:4546 -output_xy`.
        let metres = try #require(try response.json["gauss_kruger"] as? [String: Any])
        #expect(metres["epsg"] as? Int == 4546)
        #expect(abs(try #require(metres["easting"] as? Double) - 543_248.267) < 0.001)
        #expect(abs(try #require(metres["northing"] as? Double) - 3_363_433.054) < 0.001)
        #expect((try await server.get("/locate?lon=116.39&lat=39.91").json["divisions"] as? [Any])?.isEmpty == true)
    }

    /// Issue 8's points, converted with the demo from GCJ-02 (see `DemoBoundaryPointTests.issuePoints`):
    /// a corner of Yidu's outline, once in no division, and a corner three townships share.
    @Test(arguments: ["lon=111.3887333&lat=30.1258969", "lon=111.4204692&lat=30.4374861"])
    func theIssuesBorderPointsAreInYiduAndATownship(_ query: String) async throws {
        let server = try await TestServer.shared.value
        let json = try await server.get("/locate?\(query)").json
        let divisions = try #require(json["divisions"] as? [[String: Any]])
        #expect(divisions.count == 3 && divisions[1]["code"] as? String == "420581", "\(divisions)")
        #expect(divisions.first?["level"] as? String == "township")
        #expect(json["on_border"] as? Bool == true)
    }

    /// On tiles that meet in shared edges and a T-junction, `/locate` says for every point on an
    /// edge or a vertex what the Locator and the batch say: one owner, the border, the neighbours.
    @Test func borderPointsGetTheSameAnswerFromLocatorServerAndBatch() async throws {
        let database = try TestServer.makeDatabase(demo: false)
        _ = try FeatureImporter(layer: .divisions).run(FeatureSource(bytes: Array(Self.tiles.utf8), format: .geojson), into: database)
        let server = try await TestServer.start(database: database)
        defer { Task { await server.stop() } }
        let locator = try Locator.load(from: database)
        var points = [Position]()
        for x in stride(from: 0.0, through: 3, by: 0.5) { for y in stride(from: 0.0, through: 2, by: 0.5) { points.append(Position(lon: 111 + x / 64, lat: 30 + y / 64)) } }
        let input = "id,lon,lat\n" + points.enumerated().map { "\($0),\($1.lon),\($1.lat)\n" }.joined()
        let batch = try Self.batch(input, locator: locator)
        for (point, row) in zip(points, batch) {
            let mine = locator.locate(point)
            let json = try await server.get("/locate?lon=\(point.lon)&lat=\(point.lat)").json
            let codes = (json["divisions"] as? [[String: Any]])?.map { $0["code"] as? String }
            let neighbours = (json["neighbours"] as? [[String: Any]])?.map { $0["code"] as? String }
            #expect(codes == mine.chain.map(\.code), "\(point)")
            #expect(neighbours == mine.neighbours.map(\.code), "\(point)")
            #expect(json["on_border"] as? Bool == mine.onBorder, "\(point)")
            #expect(row == "\(mine.smallest?.code ?? ""),\(mine.onBorder),\(mine.neighbours.map(\.code).joined(separator: ";"))", "\(point)")
            #expect(mine.chain.count >= 2, "\(point): every point of the tiles has a county and the city")
        }
        #expect(points.filter { locator.locate($0).onBorder }.count == 27, "the 7 × 5 grid has 35 points, 8 of them inside a tile")
    }

    /// `code,on_border,neighbour` of each batch row, through a file as the command reads it.
    static func batch(_ text: String, locator: Locator) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let sink = MemorySink()
        try BatchLocator(locator: locator).run(input: try FileHandle(forReadingFrom: url), to: sink)
        return sink.string.split(separator: "\n").dropFirst().map { row in
            let fields = row.split(separator: ",", omittingEmptySubsequences: false)
            return [fields[1], fields[3], fields[4]].joined(separator: ",")
        }
    }

    /// A city of two counties, one split into three townships meeting in a T-junction, on a
    /// 1/64° grid (exact in binary): x 0–3, y 0–2; 429001 is x 0–2 with 429001001 (x 0–1),
    /// 429001002 (x 1–2, y 0–1), 429001003 (x 1–2, y 1–2); 429002 is x 2–3.
    static let tiles: String = {
        func feature(_ code: String, _ level: String, _ parent: String?, _ x: (Double, Double), _ y: (Double, Double)) -> String {
            let ring = [(x.0, y.0), (x.1, y.0), (x.1, y.1), (x.0, y.1), (x.0, y.0)]
                .map { (corner: (Double, Double)) -> String in "[\(111 + corner.0 / 64),\(30 + corner.1 / 64)]" }.joined(separator: ",")
            let parentProperty = parent.map { ",\"parent\":\"\($0)\"" } ?? ""
            return #"{"type":"Feature","properties":{"code":"\#(code)","name":"T\#(code)","level":"\#(level)"\#(parentProperty)},"#
                + #""geometry":{"type":"Polygon","coordinates":[[\#(ring)]]}}"#
        }
        let features = [
            feature("429000", "city", nil, (0, 3), (0, 2)),
            feature("429001", "county", "429000", (0, 2), (0, 2)),
            feature("429002", "county", "429000", (2, 3), (0, 2)),
            feature("429001001", "township", "429001", (0, 1), (0, 2)),
            feature("429001002", "township", "429001", (1, 2), (0, 1)),
            feature("429001003", "township", "429001", (1, 2), (1, 2)),
        ]
        return #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
    }()

    @Test(arguments: ["lon=30.39&lat=111.45", "lon=east&lat=30", "lat=30", "lon=111&lat=30&x=1", "lon=NaN&lat=30"])
    func badCoordinatesAreProblems(_ query: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/locate?\(query)")
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
    }

    @Test func anEditedDivisionIsSeenAtOnce() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let before = try #require(try await server.get("/locate?lon=111.45&lat=30.39").json["divisions"] as? [[String: Any]])
        #expect(before.count == 3)
        try await server.database.pool.write { db in
            try db.execute(sql: "DELETE FROM addresses WHERE division = '420581001'")
            try db.execute(sql: "DELETE FROM roads WHERE division = '420581001'")
            try db.execute(sql: "DELETE FROM places WHERE division = '420581001'")
            try db.execute(sql: "DELETE FROM shelters WHERE division = '420581001'")
            try db.execute(sql: "DELETE FROM divisions WHERE code = '420581001'")
        }
        let after = try #require(try await server.get("/locate?lon=111.45&lat=30.39").json["divisions"] as? [[String: Any]])
        #expect(after.map { $0["code"] as? String } == ["420581", "420500"])
    }
}
