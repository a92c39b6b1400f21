import DimingCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Body-size limit, request timeout, and bad requests that must not hurt the server.
@Suite struct LimitsTests {
    @Test func bodyOverTheLimitIs413Problem() async throws {
        let server = try await TestServer.start { $0.maxBodyBytes = 1024 }
        defer { Task { await server.stop() } }
        let big = "{\"value\":\"" + String(repeating: "x", count: 4096) + "\"}"
        let response = try await server.request("/settings/read_access", method: .PUT, body: big)
        #expect(response.status == 413)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(try response.json["type"] as? String == "urn:diming:problem:body-too-large")
        #expect(try response.json["detail"] as? String == "the request body is larger than the limit of 1024 bytes")
        // The server is still there.
        #expect(try await server.get("/health").status == 200)
    }

    @Test func slowRequestIs503WithRetryAfter() async throws {
        let server = try await TestServer.start { $0.requestTimeout = .microseconds(1) }
        defer { Task { await server.stop() } }
        let response = try await server.get("/collections/addresses/items?limit=10000")
        #expect(response.status == 503)
        #expect(response.header("Retry-After") == "5")
        #expect(try response.json["type"] as? String == "urn:diming:problem:request-timeout")
    }

    /// A client that announces a body and stops sending gets 408 once the timeout passes, and
    /// the server closes that connection; other clients are served meanwhile. The body is read
    /// only after authorization, so the client here holds an admin token.
    @Test func aBodyThatNeverArrivesIs408() async throws {
        let database = try TestServer.makeDatabase(demo: false)
        let secret = try await database.pool.write { db in
            try AccessStore.addAccount(name: "ada", role: .admin, in: db)
            return try AccessStore.issueToken(for: "ada", in: db).secret
        }
        let server = try await TestServer.start(database: database) { $0.requestTimeout = .seconds(1) }
        defer { Task { await server.stop() } }
        let connection = try RawConnection(port: server.port)
        connection.send("PUT /settings/read_access HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(secret)\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"value\":")
        #expect(try await server.get("/health").status == 200)
        let answer = try await RawConnection.offPool { connection.receiveAll(timeout: 10) }
        #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
        #expect(answer.contains("application/problem+json"))
        #expect(answer.contains("urn:diming:problem:body-timeout"))
        #expect(try await database.pool.read { try SettingsStore.value(.readAccess, in: $0) } == nil)
    }

    /// Anonymous clients each announcing a 1 MiB body: each is refused with 401 before a
    /// byte of its body is read (the landed server buffered every body first).
    @Test func anonymousBodiesAreRefusedBeforeTheyAreRead() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false))
        defer { Task { await server.stop() } }
        let answers = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    try await RawConnection.offPool {
                        let connection = try RawConnection(port: server.port)
                        // The head only: a server that waits for the body before answering never answers.
                        connection.send("PUT /settings/read_access HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1048576\r\n\r\n")
                        return connection.receiveAll(timeout: 20, until: "\r\n\r\n")
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(answers.allSatisfy { $0.hasPrefix("HTTP/1.1 401") }, "\(Set(answers.map { $0.prefix(40) }))")
    }

    /// Sent raw: a client library would tidy `%ff%fe` away and ask for something else.
    @Test func garbageRequestsGetProblemsAndTheServerCarriesOn() async throws {
        let server = try await TestServer.shared.value
        let paths = ["/collections/%ff%fe/items", "/collections/divisions/items?bbox=%00", "/collections/divisions/items?limit=99999999999999999999",
                     "/nothing/here"]
        for path in paths {
            let answer = try await RawConnection.exchange(port: server.port, "GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            #expect((400..<500).contains(RawConnection.status(of: answer)), "\(path): \(answer.prefix(200))")
            #expect(answer.lowercased().contains("content-type: application/problem+json"), "\(path)")
        }
        // An injection attempt is a value like any other: it matches nothing.
        let injection = try await server.get("/collections/divisions/items?name=%27%3B%20DROP%20TABLE%20divisions%3B--")
        #expect(injection.status == 200)
        #expect(try injection.json["numberMatched"] as? Int == 0)
        let count = try await server.get("/collections/divisions/items?limit=1").json["numberMatched"] as? Int
        #expect(count == 24)
    }

    /// A path that climbs out of the map's folder or Leaflet's, however it is spelled, is not
    /// one of their files: 404 with a problem, never the file. Sent raw, so no client library
    /// tidies the dots away first.
    @Test(arguments: ["/map/..%2f..%2fetc%2fpasswd", "/map/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/map/%2e%2e", "/map/..",
                      "/map/..%2fREADME.md", "/map/%2e%2e%2fPackage.swift", "/map/..%5c..%5cetc%5cpasswd", "/map/%252e%252e%252fREADME.md",
                      "/map/%2fetc%2fpasswd", "/map/index.html%00.js", "/map/.hidden",
                      "/static/leaflet/../../etc/passwd", "/static/leaflet/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                      "/static/leaflet/images/..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/leaflet/%2fetc%2fpasswd",
                      "/collections/divisions/items/%2e%2e%2f%2e%2e"])
    func traversalIs404(_ path: String) async throws {
        let server = try await TestServer.shared.value
        let answer = try await RawConnection.exchange(port: server.port, "GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(RawConnection.status(of: answer) == 404, "\(path): \(answer.prefix(200))")
        #expect(answer.lowercased().contains("content-type: application/problem+json"), "\(path)")
        #expect(!answer.contains("root:"), "\(path) leaked /etc/passwd")
    }
}
