import AsyncHTTPClient
import DimingCore
import Foundation
import DimingTestSupport
import GRDB
import NIOCore
import NIOHTTP1
import Testing
@testable import DimingServer

/// Attachments end to end on a live server: files streamed to disk under their SHA-256
/// (checked against coreutils' `sha256sum`), the upload route's own limit while every other
/// route keeps `--max-body`, 401/403/404/415 before a byte of the body is read, 413 and 408
/// leaving nothing on disk. Serialized: the timing tests share this process's cooperative pool
/// with the server, and must not wait behind another test hashing 25 MiB.
@Suite(.serialized) struct AttachmentTests {
    static let mebibyte = 1 << 20

    /// A server over the demo data with an admin (`ada`), a viewer (`wang`) and a place-name
    /// officer (`li`), and their tokens.
    static func server(configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> (TestServer, [String: String]) {
        let database = try TestServer.makeDatabase()
        let tokens = try await database.pool.write { db in
            var tokens: [String: String] = [:]
            for (name, role) in [("ada", Role.admin), ("wang", .viewer), ("li", .placenameOfficer)] {
                try AccessStore.addAccount(name: name, role: role, in: db)
                tokens[name] = try AccessStore.issueToken(for: name, in: db).secret
            }
            return tokens
        }
        return (try await TestServer.start(database: database, configure: configure), tokens)
    }

    /// `/collections/places/items/{id}/attachments` of the first place, its id as the API gives it.
    static func attachmentsPath(_ server: TestServer) async throws -> String {
        let page = try await server.get("/collections/places/items?limit=1").json
        let feature = try #require((page["features"] as? [[String: Any]])?.first)
        let id = try #require(feature["id"].map { "\($0)" })
        return "/collections/places/items/\(id)/attachments"
    }

    /// `count` bytes that do not repeat within a file (a different `seed`, a different file).
    static func bytes(_ count: Int, seed: UInt64 = 1) -> [UInt8] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for i in words.indices {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                words[i] = state
            }
        }
        return bytes
    }

    /// POSTs `bytes` with AsyncHTTPClient, with Content-Length.
    static func upload(_ server: TestServer, _ path: String, _ bytes: [UInt8], type: String = "image/jpeg",
                       token: String?) async throws -> TestResponse {
        var request = HTTPClientRequest(url: server.origin + path)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: type)
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.body = .bytes(ByteBuffer(bytes: bytes))
        let response = try await TestServer.client.execute(request, timeout: .seconds(60))
        let body = try await response.body.collect(upTo: 1 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Array(body.readableBytesView))
    }

    /// Every regular file in the server's attachment folder (staged or stored), relative to it.
    static func files(_ server: TestServer) -> [String] {
        let root = server.database.attachmentStore.root.standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        }.sorted()
    }

    /// The SHA-256 by coreutils' `sha256sum`, an implementation independent of the server's.
    static func sha256sum(ofFile path: String) async throws -> String {
        try await RawConnection.offPool {
            let process = Process()
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
            process.arguments = [path]
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(String(decoding: data, as: UTF8.self).prefix(64))
        }
    }

    static func sha256sum(of bytes: [UInt8]) async throws -> String {
        let url = ScratchFolder.url("diming-sum")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return try await sha256sum(ofFile: url.path)
    }

    static func rowCount(_ server: TestServer) async throws -> Int {
        try await server.database.pool.read { try DimingCore.Attachment.fetchCount($0) }
    }

    @Test func aFifteenMebibyteUploadIsStoredUnderItsSHA256AndAudited() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        let photo = Self.bytes(15 * Self.mebibyte)
        let expected = try await Self.sha256sum(of: photo)

        let response = try await Self.upload(server, path + "?name=%E5%8F%97%E6%8D%9F.jpg", photo, token: tokens["li"])
        #expect(response.status == 201, "\(response.text)")
        let answer = try response.json
        #expect(answer["sha256"] as? String == expected)
        #expect(answer["size"] as? Int == 15 * Self.mebibyte)
        #expect(answer["mediaType"] as? String == "image/jpeg")
        #expect(answer["name"] as? String == "受损.jpg")
        let href = try #require(answer["href"] as? String)
        #expect(response.header("Location") == href)
        #expect(href == server.origin + path + "/" + expected)

        // On disk under its content name, nothing left in staging.
        #expect(Self.files(server) == ["sha256/\(expected.prefix(2))/\(expected)"])
        let stored = try #require(server.database.attachmentStore.contentURL(sha256: expected))
        #expect(try await Self.sha256sum(ofFile: stored.path) == expected)
        #expect(try await Self.rowCount(server) == 1)

        // Read back: the same bytes, its hash as the ETag, 304 when current.
        let file = try await server.get(href)
        #expect(file.status == 200)
        #expect(file.body == photo)
        #expect(file.header("Content-Type") == "image/jpeg")
        #expect(file.header("ETag") == "\"\(expected)\"")
        #expect(file.header("Content-Disposition") == "inline; filename*=UTF-8''%E5%8F%97%E6%8D%9F.jpg")
        #expect(try await server.get(href, [("If-None-Match", "\"\(expected)\"")]).status == 304)
        let list = try await server.get(path)
        #expect(list.status == 200)
        let listed = try #require(try list.json["attachments"] as? [[String: Any]])
        #expect(listed.map { $0["sha256"] as? String } == [expected])

        let audit = try await server.get("/audit?limit=1", [("Authorization", "Bearer \(tokens["ada"]!)")])
        let entry = try #require((try audit.json["entries"] as? [[String: Any]])?.first)
        #expect(entry["action"] as? String == "attachment.add")
        #expect(entry["account"] as? String == "li")
        #expect(entry["layer"] as? String == "places")
        #expect(entry["requestId"] as? String == response.header("X-Request-Id"))
        let after = try #require(entry["after"] as? [String: Any])
        #expect(after["sha256"] as? String == expected && after["size"] as? Int == 15 * Self.mebibyte)
        #expect(after["mediaType"] as? String == "image/jpeg" && after["name"] as? String == "受损.jpg")
    }

    /// Declared too large, the upload is refused before it is read; streamed without a length,
    /// it is stopped at the limit and its staged part removed. Either way nothing stays on disk.
    /// (Sent from a raw socket that reads while it writes: the server closes the connection as
    /// soon as it has answered, and a client that only notices the failed write, as
    /// AsyncHTTPClient may, never sees the 413.)
    @Test func aTwentyFiveMebibyteUploadIs413AndLeavesNothingOnDisk() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        for chunked in [false, true] {
            let answer = try await Self.rawUpload(server, path, token: tokens["li"]!, bytes: 25 * Self.mebibyte, chunked: chunked)
            #expect(RawConnection.status(of: answer) == 413, "chunked: \(chunked): \(answer.prefix(80))")
            #expect(answer.contains("Content-Type: application/problem+json"))
            #expect(answer.contains("\"type\":\"urn:diming:problem:body-too-large\""))
            #expect(answer.contains("the request body is larger than the limit of 20971520 bytes"))
            #expect(Self.files(server).isEmpty, "chunked: \(chunked)")
        }
        #expect(try await Self.rowCount(server) == 0)
        #expect(try await server.get("/health").status == 200)
    }

    /// POSTs `bytes` bytes as image/jpeg from a raw socket, with Content-Length or chunked, while
    /// another thread reads the answer; returns the answer.
    static func rawUpload(_ server: TestServer, _ path: String, token: String, bytes: Int, chunked: Bool) async throws -> String {
        let connection = try RawConnection(port: server.port)
        let framing = chunked ? "Transfer-Encoding: chunked" : "Content-Length: \(bytes)"
        connection.send("POST \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\nContent-Type: image/jpeg\r\n\(framing)\r\n\r\n")
        let piece = String(repeating: "z", count: 256 << 10)
        let sender = Task {
            try await RawConnection.offPool {
                var sent = 0
                while sent < bytes {
                    guard connection.send(chunked ? "40000\r\n" + piece + "\r\n" : piece) else { return }
                    sent += piece.utf8.count
                }
                if chunked { connection.send("0\r\n\r\n") }
            }
        }
        let answer = try await RawConnection.offPool { connection.receiveAll(timeout: 30, until: "\"requestId\"") }
        _ = try? await sender.value
        return answer
    }

    /// Refusals come from the head alone: the client sends no body, and still gets its answer.
    @Test func refusalsAnswerBeforeTheBodyIsRead() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        let cases: [(token: String?, path: String, type: String, status: Int)] = [
            (nil, path, "image/jpeg", 401),
            (tokens["wang"], path, "image/jpeg", 403),
            (tokens["li"], "/collections/places/items/999999999/attachments", "image/jpeg", 404),
            (tokens["li"], "/collections/nowhere/items/1/attachments", "image/jpeg", 404),
            (tokens["li"], path, "text/html", 415),
            (tokens["li"], path + "?name=a%2Fb", "image/png", 400),
        ]
        for (token, target, type, status) in cases {
            let answer = try await RawConnection.offPool {
                let connection = try RawConnection(port: server.port)
                let authorization = token.map { "Authorization: Bearer \($0)\r\n" } ?? ""
                connection.send("POST \(target) HTTP/1.1\r\nHost: x\r\n\(authorization)Content-Type: \(type)\r\n"
                    + "Content-Length: \(15 * Self.mebibyte)\r\n\r\n")
                return connection.receiveAll(timeout: 20, until: "\"status\"")
            }
            #expect(RawConnection.status(of: answer) == status, "\(target) \(type): \(answer.prefix(60))")
            #expect(answer.contains("application/problem+json"))
        }
        #expect(Self.files(server).isEmpty)
    }

    /// 10 KiB of a declared 1 MiB, then silence: 408 once the timeout passes with no bytes.
    @Test func aStalledUploadIs408AndLeavesNothingOnDisk() async throws {
        let (server, tokens) = try await Self.server { $0.requestTimeout = .seconds(1) }
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        let connection = try RawConnection(port: server.port)
        connection.send("POST \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(tokens["li"]!)\r\n"
            + "Content-Type: image/png\r\nContent-Length: \(Self.mebibyte)\r\n\r\n" + String(repeating: "x", count: 10 << 10))
        let answer = try await RawConnection.offPool { connection.receiveAll(timeout: 10) }
        #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer.prefix(200))")
        #expect(answer.contains("urn:diming:problem:body-timeout"))
        #expect(Self.files(server).isEmpty)
        #expect(try await Self.rowCount(server) == 0)
    }

    /// The timeout counts from the last bytes: an upload that keeps coming, 10 KiB every half
    /// second for 5 s, outlives a 2 s timeout and is stored.
    @Test func anUploadThatKeepsComingOutlivesTheTimeout() async throws {
        let (server, tokens) = try await Self.server { $0.requestTimeout = .seconds(2) }
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        let chunk = String(repeating: "y", count: 10 << 10)
        let answer = try await RawConnection.offPool {
            let connection = try RawConnection(port: server.port)
            connection.send("POST \(path) HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(tokens["li"]!)\r\n"
                + "Content-Type: application/pdf\r\nContent-Length: \(10 * chunk.utf8.count)\r\nConnection: close\r\n\r\n")
            for _ in 0..<10 {
                usleep(500_000)
                connection.send(chunk)
            }
            return connection.receiveAll(timeout: 10)
        }
        #expect(answer.hasPrefix("HTTP/1.1 201"), "\(answer.prefix(300))")
        #expect(try await Self.rowCount(server) == 1)
    }

    /// The upload route's 20 MiB does not reach the other routes: 2 MiB of JSON is 413 at 1 MiB.
    @Test func everyOtherRouteKeepsTheSmallLimit() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        let json = "{\"value\":\"" + String(repeating: "x", count: 2 * Self.mebibyte) + "\"}"
        let response = try await server.request("/settings/read_access", method: .PUT,
                                                headers: [("Authorization", "Bearer \(tokens["ada"]!)"), ("Content-Type", "application/json")],
                                                body: json)
        #expect(response.status == 413)
        #expect(try response.json["detail"] as? String == "the request body is larger than the limit of 1048576 bytes")
        #expect(try await server.database.pool.read { try SettingsStore.value(.readAccess, in: $0) } == nil)
    }

    @Test func theSameFileTwiceIsOneFileAndOneRow() async throws {
        let (server, tokens) = try await Self.server()
        defer { Task { await server.stop() } }
        let path = try await Self.attachmentsPath(server)
        let scan = Self.bytes(300 << 10, seed: 3)
        let first = try await Self.upload(server, path, scan, type: "application/pdf", token: tokens["li"])
        let second = try await Self.upload(server, path, scan, type: "application/pdf", token: tokens["ada"])
        #expect(first.status == 201 && second.status == 200)
        #expect(try first.json["sha256"] as? String == second.json["sha256"] as? String)
        #expect(second.header("Content-Location") == first.header("Location"))
        #expect(Self.files(server).count == 1)
        #expect(try await Self.rowCount(server) == 1)
        let audit = try await server.get("/audit", [("Authorization", "Bearer \(tokens["ada"]!)")])
        let entries = try #require(try audit.json["entries"] as? [[String: Any]])
        #expect(entries.filter { $0["action"] as? String == "attachment.add" }.count == 1)
    }

    @Test func anUnknownAttachmentIs404() async throws {
        let server = try await TestServer.shared.value
        let path = try await Self.attachmentsPath(server)
        #expect(try await server.get(path + "/" + String(repeating: "0", count: 64)).status == 404)
        #expect(try await server.get(path + "/..%2F..%2Fserver.sqlite").status == 404)
        #expect(try await server.get(path).status == 200)
    }
}
