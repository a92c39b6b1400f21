import DimingCore
import Foundation
import GRDB
import Testing

/// What a limited account must not learn or do: divisions outside its scope through
/// `/locate`, the whole layer's extent in collection metadata, and, for an admin limited to a
/// division (possible in files made before such accounts were refused), the database-wide
/// settings and audit log.
@Suite struct ScopeLeakTests {
    /// 420581105 姚家店镇, outside 陆城街道 (420581001): a point inside it, from the data itself.
    static func pointInYaojiadian(_ database: DimingDatabase) async throws -> (Double, Double) {
        let point = try await database.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) FROM divisions WHERE code = '420581105'
                """).map { [$0[0] as Double, $0[1] as Double] }
        }
        let lonLat = try #require(point)
        return (lonLat[0], lonLat[1])
    }

    static func token(_ database: DimingDatabase, _ name: String, _ role: Role, _ division: String?) async throws -> [(String, String)] {
        let secret = try await database.pool.write { db in
            try AccessStore.addAccount(name: name, role: role, division: division, in: db)
            return try AccessStore.issueToken(for: name, in: db).secret
        }
        return [("Authorization", "Bearer \(secret)")]
    }

    @Test func locateShowsAScopedAccountOnlyDivisionsInsideItsScope() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let viewer = try await Self.token(server.database, "s_viewer", .viewer, "420581001")
        let (lon, lat) = try await Self.pointInYaojiadian(server.database)
        let open = try await server.get("/locate?lon=\(lon)&lat=\(lat)").json["divisions"] as? [[String: Any]]
        #expect(open?.first?["code"] as? String == "420581105", "the point lies in 姚家店镇")
        let scoped = try await server.get("/locate?lon=\(lon)&lat=\(lat)", viewer).json
        #expect((scoped["divisions"] as? [Any])?.isEmpty == true, "\(scoped)")
        let home = try await server.get("/locate?lon=111.45&lat=30.39", viewer).json["divisions"] as? [[String: Any]]
        #expect(home?.map { $0["code"] as? String } == ["420581001"])
    }

    @Test func collectionExtentOfAScopedAccountCoversOnlyItsFeatures() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let viewer = try await Self.token(server.database, "s_viewer", .viewer, "420581001")
        func bbox(_ headers: [(String, String)]) async throws -> [Double] {
            let json = try await server.get("/collections/shelters", headers).json
            let extent = try #require((json["extent"] as? [String: Any])?["spatial"] as? [String: Any])
            return try #require((extent["bbox"] as? [[Double]])?.first)
        }
        let box = try await server.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT MbrMinX(geom), MbrMinY(geom), MbrMaxX(geom), MbrMaxY(geom) FROM divisions WHERE code = '420581001'")
                .map { row in (0..<4).map { row[$0] as Double } }
        }
        let township = try #require(box)
        let whole = try await bbox([]), scoped = try await bbox(viewer)
        #expect(scoped[0] >= township[0] && scoped[1] >= township[1])
        #expect(scoped[2] <= township[2] && scoped[3] <= township[3])
        #expect(whole[0] < scoped[0] || whole[2] > scoped[2], "the whole layer reaches beyond the township")
        // The same ETag must not serve one account's metadata to another.
        let wholeTag = try await server.get("/collections/shelters").header("ETag")
        #expect(try await server.get("/collections/shelters", viewer).header("ETag") != wholeTag)
    }

    /// An admin limited to a division, as an older file may hold one, changes no setting and
    /// reads no audit log: both are database-wide.
    @Test func aScopedAdminMayNotChangeSettingsOrReadTheAuditLog() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let secret = try await server.database.pool.write { db in
            try db.execute(sql: "INSERT INTO diming_accounts (name, role, division, created_at) VALUES ('s_admin', 'admin', '420581001', ?)",
                           arguments: [Date()])
            return try AccessStore.issueToken(for: "s_admin", in: db).secret
        }
        let admin = [("Authorization", "Bearer \(secret)")]
        let change = try await server.request("/settings/read_access", method: .PUT, headers: admin, body: "{\"value\":\"open\"}")
        #expect(change.status == 403)
        #expect(try await server.database.pool.read { try SettingsStore.value(.readAccess, in: $0) } == nil)
        #expect(try await server.get("/audit", admin).status == 403)
    }
}
