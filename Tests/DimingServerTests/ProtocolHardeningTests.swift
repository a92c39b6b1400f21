import DimingCore
import Foundation
import Testing
@testable import DimingServer

/// What a hostile or careless client must not do to the server: hold sockets, trickle or
/// bloat request heads, forge the Host links are made from; and what every answer carries
/// (security headers, CORS, 405 with Allow, a closed /metrics when reading needs a token).
@Suite struct ProtocolHardeningTests {
    static func head(_ target: String, _ extra: String = "") -> String {
        "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(extra)Connection: close\r\n\r\n"
    }

    @Test func aRequestLineOver8KiBIs414AndAHeadOver64KiBIs431() async throws {
        let server = try await TestServer.shared.value
        let longURI = "/collections?" + String(repeating: "a", count: 9000)
        let uri = try await RawConnection.exchange(port: server.port, Self.head(longURI))
        #expect(RawConnection.status(of: uri) == 414, "\(uri.prefix(200))")
        #expect(uri.contains("application/problem+json") && uri.contains("urn:diming:problem:uri-too-long"))
        let bigHeaders = (0..<80).map { "X-Filler-\($0): \(String(repeating: "b", count: 1000))\r\n" }.joined()
        let fields = try await RawConnection.exchange(port: server.port, Self.head("/health", bigHeaders))
        #expect(RawConnection.status(of: fields) == 431, "\(fields.prefix(200))")
        #expect(fields.contains("urn:diming:problem:header-too-large"))
        let oneHuge = try await RawConnection.exchange(port: server.port, Self.head("/health", "X-Huge: \(String(repeating: "c", count: 70_000))\r\n"))
        #expect(RawConnection.status(of: oneHuge) == 431)
        #expect(try await server.get("/health").status == 200)
    }

    @Test func aHeadTrickledTooSlowlyIsCutOffWith408() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false)) {
            $0.connections.headerTimeout = .milliseconds(500)
        }
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send("GET /health HTTP/1.1\r\nHo")
        let answer = try await RawConnection.offPool { connection.receiveAll(timeout: 45) }
        #expect(RawConnection.status(of: answer) == 408, "\(answer)")
        #expect(answer.contains("urn:diming:problem:header-timeout"))
    }

    @Test func anIdleConnectionIsClosedAfterTheIdleTimeout() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false)) {
            $0.connections.idleTimeout = .milliseconds(500)
        }
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        let start = Date()
        // Generous bounds: the whole suite shares two cores with this server.
        let answer = try await RawConnection.offPool { connection.receiveAll(timeout: 45) }
        #expect(answer.isEmpty)
        #expect(Date().timeIntervalSince(start) < 40, "closed by the server, not by the client's own timeout")
    }

    /// At the connection limit, a new client gets in: the longest idle connection makes room.
    @Test func idleSocketsAtTheLimitDoNotLockOutANewClient() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false)) {
            $0.connections.maxConnections = 20
        }
        defer { Task { await server.stop() } }
        let idle = try (0..<40).map { _ in try RawConnection(port: server.port) }
        let answer = try await RawConnection.exchange(port: server.port, Self.head("/health"), timeout: 45)
        #expect(RawConnection.status(of: answer) == 200, "\(answer)")
        #expect(idle.count == 40)
    }

    /// A client that leaves in the middle of a streamed page ends that page's database read; the
    /// server carries on (an early version trapped in libdispatch here).
    @Test func clientsLeavingMidPageDoNotHurtTheServer() async throws {
        let server = try await TestServer.shared.value
        for _ in 0..<20 {
            try await RawConnection.offPool {
                let connection = try RawConnection(port: server.port)
                connection.send(Self.head("/collections/divisions/items?limit=100"))
                _ = connection.receiveAll(timeout: 5, until: "MultiPolygon")
            }
        }
        #expect(try await server.get("/health").status == 200)
        let whole = try await server.get("/collections/divisions/items?limit=100")
        #expect((try whole.json["features"] as? [Any])?.count == 24)
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let server = try await TestServer.shared.value
        for path in ["/", "/collections/divisions/items?limit=1", "/nowhere", "/map", "/collections?f=html"] {
            let response = try await server.get(path)
            #expect(response.header("X-Content-Type-Options") == "nosniff", "\(path)")
            #expect(response.header("X-Frame-Options") == "DENY", "\(path)")
            #expect(response.header("Referrer-Policy") == "no-referrer", "\(path)")
            #expect(response.header("Content-Security-Policy")?.contains("default-src 'self'") == true, "\(path)")
        }
    }

    @Test func corsPreflightAndCrossOriginReads() async throws {
        let server = try await TestServer.shared.value
        let preflight = try await server.request("/collections", method: .OPTIONS,
                                                 headers: [("Origin", "https://qgis.example"), ("Access-Control-Request-Method", "GET")])
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "*")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("GET") == true)
        let read = try await server.get("/collections", [("Origin", "https://qgis.example")])
        #expect(read.header("Access-Control-Allow-Origin") == "*")
    }

    @Test(arguments: [("TRACE", "/collections"), ("POST", "/collections/divisions/items/420581"), ("DELETE", "/health")])
    func aWrongMethodIs405WithAllow(_ method: String, _ path: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.request(path, method: .init(rawValue: method))
        #expect(response.status == 405)
        #expect(response.header("Allow")?.contains("GET") == true)
        #expect(try response.json["type"] as? String == "urn:diming:problem:method-not-allowed")
        let options = try await server.request(path, method: .OPTIONS)
        #expect(options.status == 204 && options.header("Allow")?.contains("GET") == true)
    }

    @Test func metricsNeedATokenWhenReadingDoes() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false)) { $0.readAccess = .token }
        defer { Task { await server.stop() } }
        #expect(try await server.get("/metrics").status == 401)
        #expect(try await server.get("/health").status == 200)
    }

    /// Links come from the address the client reached, not from a Host header it may forge.
    @Test func aForgedHostHeaderNeverReachesALink() async throws {
        let server = try await TestServer.shared.value
        for path in ["/", "/collections", "/collections/divisions/items?limit=1"] {
            let response = try await server.get(path, [("Host", "evil.example")])
            #expect(!response.text.contains("evil.example"), "\(path)")
            #expect(response.text.contains("http://127.0.0.1:\(server.port)/"), "\(path)")
        }
    }
}
