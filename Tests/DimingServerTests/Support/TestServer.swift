import AsyncHTTPClient
import DimingCore
import Foundation
import DimingTestSupport
import Logging
import NIOCore
import NIOHTTP1
import ServiceLifecycle
@testable import DimingServer

/// A real `diming serve` on a free loopback port, over a temporary SpatiaLite file holding
/// the demo data, and a real HTTP client (AsyncHTTPClient) to talk to it.
final class TestServer: Sendable {
    let database: DimingDatabase
    let port: Int
    private let group: ServiceGroup

    var origin: String { "http://127.0.0.1:\(port)" }

    /// A client that leaves bodies as sent (the shared one would ask for gzip and inflate it).
    /// Its 8 connections a host are shared by every suite running at once: a request may wait
    /// its turn for a while on a busy 2-core machine (the default 10 s wait failed a test once).
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(decompression: .disabled)
        configuration.timeout.connect = .seconds(60)
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    /// A client that opens as many connections as requests are in flight (the shared one keeps
    /// to 8 a host, too few to load the server).
    static let manyConnections: HTTPClient = {
        var configuration = HTTPClient.Configuration(decompression: .disabled)
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 512
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }()

    /// The demo server the read-only tests share (loading the demo once).
    static let shared = Task { try await TestServer.start() }

    /// The repository's `gazetteer/` folder.
    static let gazetteer = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("gazetteer")

    private init(database: DimingDatabase, port: Int, group: ServiceGroup) {
        self.database = database
        self.port = port
        self.group = group
    }

    static func makeDatabase(modules: [DimingModule] = DimingModule.application, demo: Bool = true) throws -> DimingDatabase {
        let directory = ScratchFolder.url("diming-server")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try DimingDatabase(path: directory.appendingPathComponent("server.sqlite").path, modules: modules, create: true)
        if demo { _ = try DemoDataset.load(from: gazetteer, into: database) }
        return database
    }

    /// Starts a server; `configure` adjusts the configuration (limits, read access …).
    static func start(database: DimingDatabase? = nil,
                      configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> TestServer {
        let database = try database ?? makeDatabase()
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0)
        configure(&configuration)
        var logger = Logger(label: "diming.test")
        logger.logLevel = .critical
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = DimingServer.buildApplication(database: database, configuration: configuration, logger: logger) { port in
            continuation.yield(port)
            continuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestServerError.didNotStart }
        return TestServer(database: database, port: port, group: group)
    }

    func stop() async {
        await group.triggerGracefulShutdown()
    }

    /// One request; the body is collected whole, not decompressed.
    func request(_ path: String, method: HTTPMethod = .GET, headers: [(String, String)] = [],
                 body: String? = nil, client: HTTPClient = TestServer.client) async throws -> TestResponse {
        var request = HTTPClientRequest(url: path.hasPrefix("http") ? path : origin + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        let response = try await client.execute(request, timeout: .seconds(60))
        let buffer = try await response.body.collect(upTo: 64 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Array(buffer.readableBytesView))
    }

    func get(_ path: String, _ headers: [(String, String)] = []) async throws -> TestResponse {
        try await request(path, headers: headers)
    }
}

enum TestServerError: Error {
    case didNotStart
}

/// What came back: status, headers and raw body bytes.
struct TestResponse: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? { headers.first(name: name) }

    var json: [String: Any] {
        get throws {
            guard let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
                throw TestServerError.didNotStart
            }
            return object
        }
    }

    /// The `href` of the first link with `rel` (and `type`, when given).
    func link(_ rel: String, type: String? = nil) throws -> String? {
        let links = try json["links"] as? [[String: Any]] ?? []
        return links.first { ($0["rel"] as? String) == rel && (type == nil || ($0["type"] as? String) == type) }?["href"] as? String
    }
}
