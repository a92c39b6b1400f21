import DimingCore
import DimingGazetteer
import Foundation
import GRDB
import Testing

/// LC-04 over the OGC API: a house number retired with its building may not be given to a new
/// address by a POST or a PUT; the gazetteer's trigger refuses it and the client reads a 409
/// problem in its language, not a 500.
@Suite struct RetiredNumberEditTests {
    @Test func aRetiredNumberGivenToANewAddressIs409InTheAskedLanguage() async throws {
        let database = try TestServer.makeDatabase()
        let (admin, secret) = try await database.pool.write { db in
            let account = try AccessStore.addAccount(name: "ada", role: .admin, in: db)
            return (account, try AccessStore.issueToken(for: "ada", in: db).secret)
        }
        let (uid, road, number, division) = try await database.pool.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT uid, road, number, division FROM addresses ORDER BY id LIMIT 1"))
            return (row["uid"] as String, row["road"] as String, row["number"] as Int, row["division"] as String)
        }
        try await Gazetteer(database).retireAddress(uid, on: "2026-11-01", reason: "建筑拆除", by: admin)
        let server = try await TestServer.start(database: database)
        defer { Task { await server.stop() } }
        let feature: [String: Any] = ["type": "Feature", "properties": ["road": road, "number": number, "division": division],
                                      "geometry": ["type": "Point", "coordinates": [111.452, 30.392]]]
        let body = try FeatureEditingTests.text(feature)
        let count = { try await database.pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM addresses") } }
        let before = try await count()
        let english = try await server.request("/collections/\(Layer.addresses.name)/items", method: .POST,
                                               headers: try FeatureEditingTests.headers(secret) + [("Accept-Language", "en")], body: body)
        #expect(english.status == 409, "\(english.text)")
        #expect(english.header("Content-Type")?.hasPrefix("application/problem+json") == true)
        #expect(english.text.contains("historical address"), "\(english.text)")
        let chinese = try await server.request("/collections/\(Layer.addresses.name)/items", method: .POST,
                                               headers: try FeatureEditingTests.headers(secret) + [("Accept-Language", "zh-CN")], body: body)
        #expect(chinese.status == 409 && chinese.text.contains("历史门牌"), "\(chinese.text)")
        #expect(try await count() == before)
    }
}
