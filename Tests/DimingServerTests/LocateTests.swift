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
        #expect((try await server.get("/locate?lon=116.39&lat=39.91").json["divisions"] as? [Any])?.isEmpty == true)
    }

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
