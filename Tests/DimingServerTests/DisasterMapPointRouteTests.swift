import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingServer

/// TC-12's web-map case through `POST /reports` on a real server: a point picked on a GCJ-02
/// (AMap, Tencent) or BD-09 (Baidu) basemap is converted to CGCS2000 before it is stored and
/// placed, so the same spot sent by GPS and by map is one spot, in the same township, near the
/// same house number; the coordinates as sent stay in the stored content; a GPS point is stored
/// bit for bit.
@Suite struct DisasterMapPointRouteTests {
    typealias Reports = DisasterReportRouteTests

    static func body(_ n: Int, lon: String, lat: String, source: String, crs: String?) -> String {
        let frame = crs.map { #", "crs": "\#($0)""# } ?? ""
        return #"{"type": "Feature", "id": "uuid:\#(Reports.uid(n))", "geometry": {"type": "Point", "coordinates": [\#(lon), \#(lat)]}, "properties": {"event": 1, "observed_at": "2025-07-10T08:30:00+08:00", "location_source": "\#(source)", "accuracy_m": 5, "affected_people": 3\#(frame)}}"#
    }

    static func post(_ server: TestServer, _ body: String, token: String?) async throws -> TestResponse {
        try await server.request("/reports", method: .POST, headers: [
            ("Authorization", "Bearer \(token ?? "-")"), ("Content-Type", "application/geo+json"), ("Accept-Language", "en"),
        ], body: body)
    }

    @Test func theSameSpotByGPSAndOnAWebMapIsOneSpot() async throws {
        let (server, tokens) = try await Reports.start()
        defer { Task { await server.stop() } }
        let token = tokens["lucheng"]
        // A spot in 陆城 as the phone's GPS gives it (WGS 84), and as AMap and Baidu show it.
        let gps = Position(lon: 111.4851237, lat: 30.4046181)
        let gcj = ChineseWebOffset.gcj02(fromWGS84: gps)
        let bd = ChineseWebOffset.bd09(fromWGS84: gps)

        let byGPS = try await Self.post(server, Self.body(61, lon: "111.4851237", lat: "30.4046181", source: "gps", crs: nil), token: token)
        let byAMap = try await Self.post(server, Self.body(62, lon: "\(gcj.lon)", lat: "\(gcj.lat)", source: "map", crs: "GCJ-02"), token: token)
        let byBaidu = try await Self.post(server, Self.body(63, lon: "\(bd.lon)", lat: "\(bd.lat)", source: "map", crs: "bd-09"), token: token)
        #expect(byGPS.status == 201 && byAMap.status == 201 && byBaidu.status == 201, "\(byAMap.text) \(byBaidu.text)")

        struct Stored: Sendable {
            let uid: String, lon: Double, lat: Double, township: String?, nearestAddress: String?, flags: String, content: String, metresFromGPS: Double
        }
        let rows = try await server.database.pool.read { db -> [Stored] in
            try Row.fetchAll(db, sql: """
                SELECT uid, X(geom) AS lon, Y(geom) AS lat, township_code, nearest_address, flags, content,
                       ST_Distance(geom, (SELECT geom FROM disaster_reports WHERE uid = ?), 1) AS metres_from_gps
                FROM disaster_reports ORDER BY uid
                """, arguments: [Reports.uid(61)]).map {
                Stored(uid: $0["uid"], lon: $0["lon"], lat: $0["lat"], township: $0["township_code"], nearestAddress: $0["nearest_address"],
                       flags: $0["flags"], content: $0["content"], metresFromGPS: $0["metres_from_gps"])
            }
        }
        #expect(rows.count == 3)
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0.uid, $0) })
        let gpsRow = try #require(stored[Reports.uid(61)]), amapRow = try #require(stored[Reports.uid(62)]), baiduRow = try #require(stored[Reports.uid(63)])
        // The GPS point bit for bit, and no conversion flag.
        #expect(gpsRow.lon == 111.4851237 && gpsRow.lat == 30.4046181)
        #expect(!gpsRow.flags.contains("converted"))
        // Unconverted, the map points would lie hundreds of metres away; converted, within centimetres.
        let rawOffset = try await server.database.pool.read { db -> Double? in
            try Double.fetchOne(db, sql: "SELECT ST_Distance(MakePoint(?, ?, 4490), MakePoint(?, ?, 4490), 1)", arguments: [gps.lon, gps.lat, gcj.lon, gcj.lat])
        }
        #expect((rawOffset ?? 0) > 300)
        for (row, flag) in [(amapRow, "converted_from_gcj02"), (baiduRow, "converted_from_bd09")] {
            #expect(row.metresFromGPS < 0.05, "\(row)")
            #expect(row.township != nil && row.township == gpsRow.township)
            #expect(row.nearestAddress != nil && row.nearestAddress == gpsRow.nearestAddress)
            #expect(row.flags.contains(flag), "\(row)")
        }
        // What was sent is kept: the GCJ-02 coordinates and the frame, in the stored content.
        #expect(amapRow.content.contains("\(gcj.lon)") && amapRow.content.contains("GCJ-02"))
        #expect(try await Reports.rowCount(server) == 3)
    }

    @Test func anUnknownFrameIsRefusedNamingCrs() async throws {
        let (server, tokens) = try await Reports.start()
        defer { Task { await server.stop() } }
        let refused = try await Self.post(server, Self.body(64, lon: "111.4851", lat: "30.4046", source: "map", crs: "Mercator"), token: tokens["lucheng"])
        #expect(try refused.status == 400 && (try refused.json["field"] as? String) == "crs", "\(refused.text)")
        #expect(try await Reports.rowCount(server) == 0)
    }
}
