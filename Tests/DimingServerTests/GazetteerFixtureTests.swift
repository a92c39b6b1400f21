import DimingCore
import Foundation
import Synchronization
import NIOHTTP1
import Testing
@testable import DimingServer

/// A live server over the demo file with one account of each kind the gazetteer's routes
/// tell apart, and the steps the route tests repeat (propose, approve, read the audit log).
final class GazetteerFixture: Sendable {
    let server: TestServer
    let tokens: [String: String]
    private let counter = Atomic<Int>(0)

    /// Every caller of the role × scope matrix: nil is anonymous. lu keeps the names of
    /// 陆城街道 (where the test places lie), song those of 松木坪镇 (out of scope).
    static let accounts: [(name: String, role: Role, division: String?)] = [
        ("ada", .admin, nil), ("wang", .viewer, nil), ("boss", .boundaryInspector, "420581"),
        ("zhao", .disasterReporter, "420581001"), ("lu", .placenameOfficer, "420581001"), ("song", .placenameOfficer, "420581103"),
    ]
    /// Who may write a place in 陆城街道, and who is refused with which status.
    static let writers: Set<String> = ["ada", "lu"]
    static let callers: [String?] = [nil] + accounts.map(\.name)

    static func expectedStatus(_ caller: String?, success: Int) -> Int {
        guard let caller else { return 401 }
        return writers.contains(caller) ? success : 403
    }

    /// A point in 陆城街道.
    static var lucheng: [String: Any] { ["type": "Point", "coordinates": [111.452, 30.392]] }

    private init(server: TestServer, tokens: [String: String]) {
        self.server = server
        self.tokens = tokens
    }

    static func start(configure: @escaping (inout ServerConfiguration) -> Void = { _ in }) async throws -> GazetteerFixture {
        let database = try TestServer.makeDatabase()
        var tokens: [String: String] = [:]
        for account in accounts {
            tokens[account.name] = try await database.pool.write { db in
                try AccessStore.addAccount(name: account.name, role: account.role, division: account.division, in: db)
                return try AccessStore.issueToken(for: account.name, in: db).secret
            }
        }
        return GazetteerFixture(server: try await TestServer.start(database: database, configure: configure), tokens: tokens)
    }

    func stop() async { await server.stop() }

    /// A bridge name no other test place has: two characters of a pool and 桥.
    func uniqueName() -> String {
        let pool = Array("松柏竹梅兰菊桃杏梨枫柳榆槐杉桂樟楠桐椿柿枣栗橙柚荷莲萍芦苇茶棉麦稻禾粟")
        let n = counter.add(1, ordering: .relaxed).newValue
        return String(pool[n % pool.count]) + String(pool[(n / pool.count + 7) % pool.count]) + "桥"
    }

    func headers(_ caller: String?, type: String? = "application/json") -> [(String, String)] {
        (caller.flatMap { tokens[$0] }.map { [("Authorization", "Bearer \($0)")] } ?? []) + (type.map { [("Content-Type", $0)] } ?? [])
    }

    func post(_ path: String, as caller: String?, _ body: [String: Any]) async throws -> TestResponse {
        try await server.request(path, method: .POST, headers: headers(caller), body: try Self.text(body))
    }

    func get(_ path: String, as caller: String? = nil, _ extra: [(String, String)] = []) async throws -> TestResponse {
        try await server.request(path, headers: headers(caller, type: nil) + extra)
    }

    static func text(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func draft(_ name: String, category: String = "bridge", geometry: [String: Any] = lucheng) -> [String: Any] {
        ["name": name, "category": category, "geometry": geometry]
    }

    /// A proposed place (by the admin), its id.
    func proposed(_ name: String? = nil) async throws -> String {
        let answer = try await post("/gazetteer/places", as: "ada", Self.draft(name ?? uniqueName()))
        #expect(answer.status == 201, "\(answer.text)")
        let place = try #require(try answer.json["place"] as? [String: Any])
        return try #require((place["place"] as? [String: Any])?["id"] as? String)
    }

    /// An approved place, its id.
    func approved(_ name: String? = nil, on date: String = "2020-01-01") async throws -> String {
        let id = try await proposed(name)
        let answer = try await post("/gazetteer/places/\(id)/approve", as: "ada", ["document": "宜府函〔2020〕1号", "date": date, "authority": "宜都市人民政府"])
        #expect(answer.status == 200, "\(answer.text)")
        return id
    }

    /// The place's status as the detail route shows it.
    func status(_ id: String) async throws -> String? {
        try (await get("/gazetteer/places/\(id)").json["place"] as? [String: Any])?["status"] as? String
    }

    /// The audit log's entries (newest first), read by the admin.
    func audit(user: String? = nil) async throws -> [[String: Any]] {
        let query = user.map { "?user=\($0)&limit=100" } ?? "?limit=100"
        let answer = try await get("/audit" + query, as: "ada")
        #expect(answer.status == 200, "\(answer.text)")
        return try #require(try answer.json["entries"] as? [[String: Any]])
    }
}

/// The fixture's own promises, so that a matrix failure is not the fixture's.
@Suite struct GazetteerFixtureTests {
    @Test func everyCallerOfTheMatrixHasAToken() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        for caller in GazetteerFixture.callers.compactMap({ $0 }) {
            #expect(fixture.tokens[caller] != nil, "\(caller)")
        }
        #expect(Set((0..<200).map { _ in fixture.uniqueName() }).count == 200)
    }
}
