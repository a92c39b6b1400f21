import DimingCore
import GRDB
import Foundation
import Testing

/// Tokens, roles and scopes end to end, the audited write, and closed reading.
@Suite struct AuthTests {
    /// A server with accounts of several roles; returns it and each account's token.
    static func serverWithAccounts() async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase()
        let accounts: [(String, Role, String?)] = [
            ("ada", .admin, nil), ("wang", .viewer, nil), ("li", .placenameOfficer, nil),
            ("zhao", .disasterReporter, "420581001"), ("boss", .boundaryInspector, "420581"), ("chen", .admin, nil),
        ]
        var tokens: [String: String] = [:]
        try await database.pool.write { db in
            for (name, role, division) in accounts {
                try AccessStore.addAccount(name: name, role: role, division: division, in: db)
            }
        }
        for (name, _, _) in accounts {
            tokens[name] = try await database.pool.write { db in try AccessStore.issueToken(for: name, in: db).secret }
        }
        return (try await TestServer.start(database: database), tokens)
    }

    static func bearer(_ token: String?) throws -> [(String, String)] {
        [("Authorization", "Bearer \(try #require(token, "no token for this account"))")]
    }

    @Test func settingChangeNeedsAnAdminTokenAndIsAudited() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        let body = "{\"value\":\"token\"}"

        let anonymous = try await server.request("/settings/read_access", method: .PUT, body: body)
        #expect(anonymous.status == 401)
        #expect(anonymous.header("WWW-Authenticate") == "Bearer realm=\"diming\"")
        let wrong = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer("dmt_nope"), body: body)
        #expect(wrong.status == 401)
        #expect(wrong.header("WWW-Authenticate")?.contains("invalid_token") == true)
        let viewer = try await server.request("/settings/read_access", method: .PUT, headers: try Self.bearer(tokens["wang"]), body: body)
        #expect(viewer.status == 403)
        #expect(try viewer.json["type"] as? String == "urn:diming:problem:forbidden")
        let officer = try await server.request("/settings/read_access", method: .PUT, headers: try Self.bearer(tokens["li"]), body: body)
        #expect(officer.status == 403)
        let invalid = try await server.request("/settings/read_access", method: .PUT, headers: try Self.bearer(tokens["ada"]),
                                               body: "{\"value\":\"sometimes\"}")
        #expect(invalid.status == 400)
        #expect(try invalid.json["field"] as? String == "read_access")
        let unknown = try await server.request("/settings/colour", method: .PUT, headers: try Self.bearer(tokens["ada"]), body: body)
        #expect(unknown.status == 400)
        let notJSON = try await server.request("/settings/read_access", method: .PUT, headers: try Self.bearer(tokens["ada"]), body: "token")
        #expect(notJSON.status == 400)

        let ok = try await server.request("/settings/read_access", method: .PUT, headers: try Self.bearer(tokens["ada"]), body: body)
        #expect(ok.status == 200)
        #expect(try ok.json["value"] as? String == "token")
        #expect(try await server.database.pool.read { try SettingsStore.value(.readAccess, in: $0) } == "token")

        // Refused and invalid attempts wrote nothing; the one change wrote one entry.
        let audit = try await server.get("/audit", try Self.bearer(tokens["ada"]))
        #expect(audit.status == 200)
        let entries = try #require(try audit.json["entries"] as? [[String: Any]])
        #expect(entries.count == 1)
        let entry = entries[0]
        #expect(entry["account"] as? String == "ada")
        #expect(entry["role"] as? String == "admin")
        #expect(entry["action"] as? String == "setting.change")
        #expect(entry["featureId"] as? String == "read_access")
        #expect((entry["before"] as? [String: Any])?["value"] is NSNull)
        #expect((entry["after"] as? [String: Any])?["value"] as? String == "token")
        #expect(entry["requestId"] as? String == ok.header("X-Request-Id"))

        // Reading is now closed: anonymous 401, any valid token 200.
        #expect(try await server.get("/collections/divisions/items").status == 401)
        #expect(try await server.get("/collections").status == 401)
        #expect(try await server.get("/collections", try Self.bearer(tokens["wang"])).status == 200)
        #expect(try await server.get("/collections/divisions/items/420581001", try Self.bearer(tokens["zhao"])).status == 200)
        #expect(try await server.get("/api").status == 200, "the API description stays readable")
        #expect(try await server.get("/health").status == 200)
    }

    @Test func auditIsForAdminsOnlyAndFilters() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        for value in ["4546", "4545", "4546"] {
            let response = try await server.request("/settings/metric_srid", method: .PUT, headers: try Self.bearer(tokens["ada"]),
                                                    body: "{\"value\":\"\(value)\"}")
            #expect(response.status == 200)
        }
        _ = try await server.request("/settings/metric_srid", method: .PUT, headers: try Self.bearer(tokens["chen"]), body: "{\"value\":null}")
        #expect(try await server.get("/audit").status == 401)
        #expect(try await server.get("/audit", try Self.bearer(tokens["wang"])).status == 403)
        #expect(try await server.get("/audit", try Self.bearer(tokens["zhao"])).status == 403)

        let page = try await server.get("/audit?limit=2", try Self.bearer(tokens["ada"]))
        let entries = try #require(try page.json["entries"] as? [[String: Any]])
        #expect(entries.count == 2)
        #expect(entries[0]["account"] as? String == "chen", "newest first")
        let next = try #require(try page.link("next"))
        let rest = try await server.get(next, try Self.bearer(tokens["ada"]))
        #expect((try rest.json["entries"] as? [Any])?.count == 2)
        #expect(try rest.link("next") == nil)
        let ada = try await server.get("/audit?user=ada", try Self.bearer(tokens["ada"]))
        let adas = try #require(try ada.json["entries"] as? [[String: Any]])
        #expect(adas.allSatisfy { $0["account"] as? String == "ada" })
        #expect(adas.count == 3)
        let layer = try await server.get("/audit?layer=divisions", try Self.bearer(tokens["ada"]))
        #expect((try layer.json["entries"] as? [Any])?.isEmpty == true)
        #expect(try await server.get("/audit?colour=red", try Self.bearer(tokens["ada"])).status == 400)
    }

    /// A township reporter sees only its township: its own division, the shelters inside it,
    /// no feature of another township, even by id.
    @Test func aScopedAccountReadsOnlyItsDivision() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        let zhao = try Self.bearer(tokens["zhao"])
        func codes(_ path: String, _ headers: [(String, String)]) async throws -> [String] {
            let json = try await server.get(path, headers).json
            let features = try #require(json["features"] as? [[String: Any]])
            return try features.map { feature in
                try #require((feature["properties"] as? [String: Any])?["division"] as? String ?? feature["id"] as? String)
            }
        }
        #expect(try await codes("/collections/divisions/items?limit=100", zhao) == ["420581001"])
        let shelters = try await codes("/collections/shelters/items?limit=100", zhao)
        let all = try await codes("/collections/shelters/items?limit=100", [])
        #expect(!shelters.isEmpty && shelters.allSatisfy { $0 == "420581001" })
        #expect(all.count == 15 && shelters.count < all.count)
        let matched = try await server.get("/collections/shelters/items", zhao).json["numberMatched"] as? Int
        #expect(matched == shelters.count)
        #expect(try await server.get("/collections/divisions/items/420581", zhao).status == 404)
        #expect(try await server.get("/collections/divisions/items/420581001", zhao).status == 200)
        // The county-scoped inspector sees the whole county's townships but not the city.
        let boss = try await codes("/collections/divisions/items?limit=100", try Self.bearer(tokens["boss"]))
        #expect(boss.count == 11 && !boss.contains("420500"))
    }

    @Test func revokedTokensAndMalformedHeadersAre401() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        #expect(try await server.get("/audit", try Self.bearer(tokens["ada"])).status == 200)
        _ = try await server.database.pool.write { db in try AccessStore.revokeAll(of: "ada", in: db) }
        #expect(try await server.get("/audit", try Self.bearer(tokens["ada"])).status == 401)
        #expect(try await server.get("/collections", [("Authorization", "Basic YWRhOng=")]).status == 401)
        // A bad token is refused even where reading is open: a client should learn its token is wrong.
        #expect(try await server.get("/collections", Self.bearer("dmt_unknown")).status == 401)
    }

    @Test func closedReadByServerOption() async throws {
        let database = try TestServer.makeDatabase(demo: false)
        let token = try await database.pool.write { db in
            try AccessStore.addAccount(name: "v", role: .viewer, in: db)
            return try AccessStore.issueToken(for: "v", in: db).secret
        }
        let server = try await TestServer.start(database: database) { $0.readAccess = .token }
        defer { Task { await server.stop() } }
        #expect(try await server.get("/").status == 401)
        #expect(try await server.get("/", Self.bearer(token)).status == 200)
    }
}
