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

    static func bearer(_ token: String) -> [(String, String)] { [("Authorization", "Bearer \(token)")] }

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
        let viewer = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer(tokens["wang"]!), body: body)
        #expect(viewer.status == 403)
        #expect(try viewer.json["type"] as? String == "urn:diming:problem:forbidden")
        let officer = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer(tokens["li"]!), body: body)
        #expect(officer.status == 403)
        let invalid = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer(tokens["ada"]!),
                                               body: "{\"value\":\"sometimes\"}")
        #expect(invalid.status == 400)
        #expect(try invalid.json["field"] as? String == "read_access")
        let unknown = try await server.request("/settings/colour", method: .PUT, headers: Self.bearer(tokens["ada"]!), body: body)
        #expect(unknown.status == 400)
        let notJSON = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer(tokens["ada"]!), body: "token")
        #expect(notJSON.status == 400)

        let ok = try await server.request("/settings/read_access", method: .PUT, headers: Self.bearer(tokens["ada"]!), body: body)
        #expect(ok.status == 200)
        #expect(try ok.json["value"] as? String == "token")
        #expect(try await server.database.pool.read { try SettingsStore.value(.readAccess, in: $0) } == "token")

        // Refused and invalid attempts wrote nothing; the one change wrote one entry.
        let audit = try await server.get("/audit", Self.bearer(tokens["ada"]!))
        #expect(audit.status == 200)
        let entries = try audit.json["entries"] as! [[String: Any]]
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
        #expect(try await server.get("/collections", Self.bearer(tokens["wang"]!)).status == 200)
        #expect(try await server.get("/collections/divisions/items/420581001", Self.bearer(tokens["zhao"]!)).status == 200)
        #expect(try await server.get("/api").status == 200, "the API description stays readable")
        #expect(try await server.get("/health").status == 200)
    }

    @Test func auditIsForAdminsOnlyAndFilters() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        for value in ["4546", "4545", "4546"] {
            let response = try await server.request("/settings/metric_srid", method: .PUT, headers: Self.bearer(tokens["ada"]!),
                                                    body: "{\"value\":\"\(value)\"}")
            #expect(response.status == 200)
        }
        _ = try await server.request("/settings/metric_srid", method: .PUT, headers: Self.bearer(tokens["chen"]!), body: "{\"value\":null}")
        #expect(try await server.get("/audit").status == 401)
        #expect(try await server.get("/audit", Self.bearer(tokens["wang"]!)).status == 403)
        #expect(try await server.get("/audit", Self.bearer(tokens["zhao"]!)).status == 403)

        let page = try await server.get("/audit?limit=2", Self.bearer(tokens["ada"]!))
        let entries = try page.json["entries"] as! [[String: Any]]
        #expect(entries.count == 2)
        #expect(entries[0]["account"] as? String == "chen", "newest first")
        let next = try #require(try page.link("next"))
        let rest = try await server.get(next, Self.bearer(tokens["ada"]!))
        #expect((try rest.json["entries"] as! [Any]).count == 2)
        #expect(try rest.link("next") == nil)
        let ada = try await server.get("/audit?user=ada", Self.bearer(tokens["ada"]!))
        #expect((try ada.json["entries"] as! [[String: Any]]).allSatisfy { $0["account"] as? String == "ada" })
        #expect((try ada.json["entries"] as! [Any]).count == 3)
        let layer = try await server.get("/audit?layer=divisions", Self.bearer(tokens["ada"]!))
        #expect((try layer.json["entries"] as! [Any]).isEmpty)
        #expect(try await server.get("/audit?colour=red", Self.bearer(tokens["ada"]!)).status == 400)
    }

    /// A township reporter sees only its township: its own division, the shelters inside it,
    /// no feature of another township, even by id.
    @Test func aScopedAccountReadsOnlyItsDivision() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        let zhao = Self.bearer(tokens["zhao"]!)
        func codes(_ path: String, _ headers: [(String, String)]) async throws -> [String] {
            let json = try await server.get(path, headers).json
            return (json["features"] as! [[String: Any]]).map { ($0["properties"] as! [String: Any])["division"] as? String ?? "\($0["id"]!)" }
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
        let boss = try await codes("/collections/divisions/items?limit=100", Self.bearer(tokens["boss"]!))
        #expect(boss.count == 11 && !boss.contains("420500"))
    }

    @Test func revokedTokensAndMalformedHeadersAre401() async throws {
        let (server, tokens) = try await Self.serverWithAccounts()
        defer { Task { await server.stop() } }
        #expect(try await server.get("/audit", Self.bearer(tokens["ada"]!)).status == 200)
        _ = try await server.database.pool.write { db in try AccessStore.revokeAll(of: "ada", in: db) }
        #expect(try await server.get("/audit", Self.bearer(tokens["ada"]!)).status == 401)
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

/// The scope rules the write routes of later issues call.
@Suite struct AccessPolicyTests {
    let township = Account(id: 1, name: "zhao", role: .disasterReporter, scope: AccessScope(division: DivisionCode("420581001")!), createdAt: Date())
    let county = Account(id: 2, name: "li", role: .placenameOfficer, scope: AccessScope(division: DivisionCode("420581")!), createdAt: Date())
    let city = Account(id: 3, name: "boss", role: .admin, scope: AccessScope(division: DivisionCode("420500")!), createdAt: Date())

    @Test func scopesNestByCodePrefix() {
        #expect(township.scope.allows(divisionCode: "420581001"))
        #expect(township.scope.allows(divisionCode: "420581001012"))
        #expect(!township.scope.allows(divisionCode: "420581002"))
        #expect(!township.scope.allows(divisionCode: "420581"))
        #expect(county.scope.allows(divisionCode: "420581103"))
        #expect(!county.scope.allows(divisionCode: "420582"))
        #expect(city.scope.allows(divisionCode: "420581001"))
        #expect(city.scope.allows(divisionCode: "420506"))
        #expect(!city.scope.allows(divisionCode: "420600"))
        #expect(!township.scope.allows(divisionCode: nil))
        #expect(AccessScope.everywhere.allows(divisionCode: nil))
    }

    @Test func rolesAndScopesDecideEdits() throws {
        let reports = Layer(name: "reports", label: LocalizedText("灾情", "Reports"), summary: "test", geometryType: .point,
                            columns: [], editors: [.disasterReporter], style: LayerStyle(drawer: "points-by-class", color: "#000"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(nil, for: .edit(layer: .places, divisionCode: "420581001")) }
        try AccessPolicy.authorize(county, for: .edit(layer: .places, divisionCode: "420581001"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(county, for: .edit(layer: .divisions, divisionCode: "420581001")) }
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(county, for: .edit(layer: .places, divisionCode: "420582001")) }
        try AccessPolicy.authorize(township, for: .edit(layer: reports, divisionCode: "420581001005"))
        #expect(throws: AccessError.self) { try AccessPolicy.authorize(township, for: .edit(layer: reports, divisionCode: "420581002")) }
        try AccessPolicy.authorize(city, for: .edit(layer: .divisions, divisionCode: "420581"))
        do {
            try AccessPolicy.authorize(county, for: .readAudit)
            Issue.record("a place-name officer must not read the audit log")
        } catch {
            #expect(error.status == 403)
        }
    }

    @Test func tokensAreStoredHashedOnly() throws {
        let database = try TestServer.makeDatabase(demo: false)
        let issued = try database.pool.write { db in
            try AccessStore.addAccount(name: "a", role: .viewer, in: db)
            return try AccessStore.issueToken(for: "a", label: "qgis", in: db)
        }
        #expect(issued.secret.hasPrefix("dmt_") && issued.secret.count == 4 + 43)
        let stored = try database.pool.read { try String.fetchAll($0, sql: "SELECT hash FROM diming_tokens") }
        #expect(stored == [TokenSecret.hash(issued.secret)])
        #expect(try database.pool.read { try AccessStore.authenticate(secret: issued.secret, in: $0) }.name == "a")
    }
}
