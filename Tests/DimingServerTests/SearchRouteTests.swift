import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// `GET /search`: the same results as `diming search --format json`, problems naming the field,
/// and a limited account finding only places inside its scope.
@Suite(.serialized) struct SearchRouteTests {
    /// The demo with a few more places, written before the gazetteer's tables exist: its
    /// migration indexes every place a file already has.
    static let server = Task { () throws -> TestServer in
        let directory = ScratchFolder.url("diming-search-server")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("search.sqlite").path
        let core = try DimingDatabase(path: path, modules: DimingModule.standard, create: true)
        _ = try DemoDataset.load(from: TestServer.gazetteer, into: core)
        try core.pool.write { db in
            // Each point inside its division (the gazetteer derives the division from the point).
            for (name, division, lon, lat) in [("解放路", "420581001", 111.45, 30.39), ("运河北路", "420581001", 111.46, 30.39),
                                               ("解放路", "420581100", 111.3268, 30.5408), ("解放路社区", "420581001", 111.44, 30.39)] {
                try db.execute(sql: """
                    INSERT INTO "places"("name", "category", "division", "geom") VALUES (?, ?, ?, MakePoint(?, ?, 4490))
                    """, arguments: [name, name.hasSuffix("社区") ? "residential_area" : "road", division, lon, lat])
            }
        }
        try core.pool.close()
        return try await TestServer.start(database: DimingDatabase(path: path, modules: DimingModule.application, create: true))
    }

    static let asciiAlphanumerics = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    @Test func initialsFindJiefangLuWithItsPinyinAndPoint() async throws {
        let server = try await Self.server.value
        let response = try await server.get("/search?q=jfl")
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        let results = try #require(try response.json["results"] as? [[String: Any]])
        #expect(results.count == 3)
        #expect(results.prefix(2).allSatisfy { $0["name"] as? String == "解放路" && $0["matched_by"] as? String == "initials" })
        let first = try #require(results.first)
        #expect((first["pinyin"] as? String)?.lowercased().replacingOccurrences(of: " ", with: "") == "jiefanglu")
        #expect(first["category"] as? String == "road")
        #expect(first["id"] is String && first["score"] is Double && first["lon"] is Double && first["lat"] is Double)
        #expect(results.last?["name"] as? String == "解放路社区")
    }

    @Test func traditionalCharactersAreNormalisedAndDivisionAndLimitApply() async throws {
        let server = try await Self.server.value
        let traditional = try await server.get("/search?q=\("運河北路84號".addingPercentEncoding(withAllowedCharacters: Self.asciiAlphanumerics)!)").json
        #expect(traditional["normalized"] as? String == "运河北路84号")
        #expect((traditional["results"] as? [[String: Any]])?.first?["name"] as? String == "运河北路")
        #expect((traditional["results"] as? [[String: Any]])?.first?["matched_by"] as? String == "traditional")
        let inTown = try await server.get("/search?q=jiefanglu&in=420581100").json["results"] as? [[String: Any]]
        #expect(inTown?.map { $0["division"] as? String } == ["420581100"])
        #expect((try await server.get("/search?q=jfl&limit=1").json["results"] as? [Any])?.count == 1)
        let roads = try await server.get("/search?q=jfl&category=residential_area").json["results"] as? [[String: Any]]
        #expect(roads?.map { $0["name"] as? String } == ["解放路社区"])
    }

    @Test(arguments: [("", "q"), ("?q=", "q"), ("?q=%20%20", "q"), ("?q=\(String(repeating: "a", count: 65))", "q"),
                      ("?q=jfl&limit=0", "limit"), ("?q=jfl&limit=abc", "limit"), ("?q=jfl&limit=1000", "limit"),
                      ("?q=jfl&in=yidu", "in"), ("?q=jfl&category=street", "category"), ("?q=jfl&bbox=1,2,3,4", "bbox")])
    func aBadQueryIsAProblemNamingTheField(query: String, field: String) async throws {
        let server = try await Self.server.value
        let response = try await server.get("/search\(query)")
        #expect(response.status == 400)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(try response.json["field"] as? String == field)
    }

    @Test func aScopedAccountFindsOnlyPlacesInsideItsScope() async throws {
        let server = try await Self.server.value
        let viewer = try await ScopeLeakTests.token(server.database, "search_viewer", .viewer, "420581100")
        let results = try await server.get("/search?q=jiefanglu", viewer).json["results"] as? [[String: Any]]
        #expect(results?.map { $0["division"] as? String } == ["420581100"])
    }
}
