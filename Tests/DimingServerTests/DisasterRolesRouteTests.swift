import DimingCore
import Foundation
import Testing

/// TC-13 with our roles, on a real server with real tokens: a township reporter sees only
/// its township (another's report is 404, an empty list, never a count), may not review; a
/// viewer reads; nobody reviews a version they submitted.
@Suite struct DisasterRolesRouteTests {
    typealias F = DisasterReviewFixture

    @Test func aTownshipReporterSeesItsTownshipOnly() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let own = try await server.get("/events/1/reports", F.bearer(tokens["reporter-lc"]))
        #expect(try F.uids(own) == ["r1b", "r3"])
        let other = try await server.get("/events/1/reports?township=420581100", F.bearer(tokens["reporter-lc"]))
        #expect(other.status == 200)
        #expect(try F.uids(other).isEmpty)
        #expect(!other.text.contains("r2"))
        #expect(try await server.get("/reports/r2/versions", F.bearer(tokens["reporter-lc"])).status == 404)
        #expect(try await server.get("/reports/r2/versions", F.bearer(tokens["reporter-hht"])).status == 200)
        #expect(try await server.get("/reports/r2", F.bearer(tokens["reporter-lc"])).status == 404)
        #expect(try await server.get("/reports/r2", F.bearer(tokens["reporter-hht"])).status == 200)
        let csv = try await server.get("/events/1/reports.csv", F.bearer(tokens["reporter-hht"]))
        #expect(csv.text.contains("r2") && !csv.text.contains("r1b"))
        let geojson = try await server.get("/events/1/reports.geojson", F.bearer(tokens["reporter-hht"]))
        #expect(((try geojson.json["features"] as? [Any]) ?? []).count == 1)
        // The county's reviewer and the viewer see every township.
        #expect(try F.uids(await server.get("/events/1/reports", F.bearer(tokens["reviewer"]))).count == 3)
        #expect(try F.uids(await server.get("/events/1/reports", F.bearer(tokens["viewer"]))).count == 3)
    }

    @Test func onlyReviewersReviewAndNeverTheirOwnVersion() async throws {
        let (server, tokens) = try await F.server()
        defer { Task { await server.stop() } }
        let body = #"{"state":"approved"}"#
        #expect(try await server.request("/reports/r2/review", method: .POST, headers: [("Content-Type", "application/json")], body: body).status == 401)
        for name in ["reporter-lc", "reporter-hht", "viewer"] {
            let refused = try await server.request("/reports/r2/review", method: .POST, headers: F.json(tokens[name]), body: body)
            #expect(refused.status == 403, "\(name)")
            #expect((try refused.json["detail"] as? String ?? "").contains("disaster_reviewer"), "\(name)")
        }
        // r3 was submitted by the admin: the four-eyes rule holds for admins too.
        let own = try await server.request("/reports/r3/review", method: .POST, headers: F.json(tokens["admin"]) + [("Accept-Language", "zh-CN")], body: body)
        #expect(own.status == 403)
        #expect((try own.json["detail"] as? String ?? "").contains("四眼原则"))
        #expect(try await server.request("/reports/r3/review", method: .POST, headers: F.json(tokens["reviewer"]), body: body).status == 200)
        let reviews = try await server.database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM disaster_report_reviews") }
        #expect(reviews == 1)
    }
}
