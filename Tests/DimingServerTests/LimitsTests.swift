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
    /// the server closes that connection; other clients are served meanwhile.
    @Test func aBodyThatNeverArrivesIs408() async throws {
        let server = try await TestServer.start { $0.requestTimeout = .milliseconds(300) }
        defer { Task { await server.stop() } }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(server.port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        #expect(connected == 0)
        let head = "PUT /settings/read_access HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"value\":"
        _ = head.withCString { send(fd, $0, strlen($0), 0) }
        #expect(try await server.get("/health").status == 200)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = recv(fd, &buffer, buffer.count, 0)
        let answer = String(decoding: buffer.prefix(max(0, n)), as: UTF8.self)
        #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
        #expect(answer.contains("application/problem+json"))
        #expect(answer.contains("urn:diming:problem:body-timeout"))
    }

    @Test func garbageRequestsGetProblemsAndTheServerCarriesOn() async throws {
        let server = try await TestServer.shared.value
        let paths = ["/collections/%ff%fe/items", "/collections/divisions/items?bbox=%00", "/collections/divisions/items?limit=99999999999999999999",
                     "/collections/divisions/items/%2e%2e%2f%2e%2e", "/map/..%2f..%2fetc%2fpasswd", "/static/leaflet/../../etc/passwd",
                     "/collections/divisions/items?name=%27%3B%20DROP%20TABLE%20divisions%3B--", "/nothing/here"]
        for path in paths {
            let response = try await server.get(path)
            #expect((400..<500).contains(response.status) || response.status == 200, "\(path): \(response.status)")
            #expect(response.status == 200 || response.header("Content-Type") == "application/problem+json", "\(path)")
        }
        let count = try await server.get("/collections/divisions/items?limit=1").json["numberMatched"] as? Int
        #expect(count == 24)
    }
}
