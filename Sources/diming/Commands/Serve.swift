import ArgumentParser
import DimingCore
import DimingServer
import Foundation
import Logging

extension Diming {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the database over HTTP: OGC API - Features, OpenAPI, the web map, health and metrics.",
            discussion: """
                Read-only OGC API - Features (QGIS, GDAL and browsers) at /, the OpenAPI document at /api, \
                the map at /map, /health and /metrics. Writes need an API token (`diming user token`). \
                Photos and PDFs are attached to features with POST /collections/{id}/items/{featureId}/attachments, \
                streamed to <db>.files/ up to --max-upload-bytes; every other request body stays within --max-body. \
                Stops gracefully on SIGTERM or SIGINT, finishing requests in flight.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The TCP port (0 picks a free one).")
        var port = 8080

        @Flag(help: ArgumentHelp("Who may read, overriding the read_access setting for this run.",
                                 discussion: "--open-read: anyone; --closed-read: any valid API token."))
        var read: ReadFlag?

        @Option(help: ArgumentHelp("The largest request body accepted by every route but uploads, in bytes; larger ones get 413.",
                                   valueName: "bytes"))
        var maxBody = ServerConfiguration.defaultMaxBodyBytes

        @Option(help: ArgumentHelp("The largest file accepted by an upload route (attachments), in bytes; larger ones get 413.",
                                   valueName: "bytes"))
        var maxUploadBytes = ServerConfiguration.defaultMaxUploadBytes

        @Option(help: ArgumentHelp("Seconds to wait for a request body (then 408; an upload: for its next bytes) and for the answer (then 503).",
                                   valueName: "seconds"))
        var requestTimeout = 30.0

        @Option(help: ArgumentHelp("Seconds for a request head to arrive once begun; then 408 and the connection is closed.",
                                   valueName: "seconds"))
        var headerTimeout = 10.0

        @Option(help: ArgumentHelp("Seconds a connection may stay open with no request before it is closed.", valueName: "seconds"))
        var idleTimeout = 60.0

        @Option(help: ArgumentHelp("Open connections at most; past it the longest idle one is closed. Default: from the open-file limit, at most 4096.",
                                   valueName: "count"))
        var maxConnections: Int?

        @Option(help: ArgumentHelp("The public URL links start with (behind a proxy); default: the address the client connected to.",
                                   valueName: "url"))
        var baseURL: String?

        @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
        var logLevel = "info"

        /// One day: a longer timeout is a mistake, and would overflow the clock's arithmetic.
        static let longestTimeout = 86_400.0

        enum ReadFlag: String, EnumerableFlag {
            case openRead, closedRead
        }

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
            guard maxBody > 0 else { throw ValidationError("--max-body must be positive") }
            guard maxUploadBytes > 0 else { throw ValidationError("--max-upload-bytes must be positive") }
            for (name, seconds) in [("--request-timeout", requestTimeout), ("--header-timeout", headerTimeout), ("--idle-timeout", idleTimeout)] {
                guard seconds.isFinite, seconds >= 0.001, seconds <= Self.longestTimeout else {
                    throw ValidationError("\(name) must be from 0.001 to \(Int(Self.longestTimeout)) seconds, got \(seconds)")
                }
            }
            if let maxConnections, maxConnections < 1 { throw ValidationError("--max-connections must be at least 1") }
            if let baseURL {
                guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil,
                      url.query == nil, url.fragment == nil else {
                    throw ValidationError("--base-url must be an http(s) URL without query or fragment, e.g. https://gis.example.cn/diming")
                }
            }
            guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        }

        func run() async throws {
            let level = Logger.Level(rawValue: logLevel) ?? .info
            LoggingSystem.bootstrap { label in
                var handler = KeyValueLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            let store = try database.open(.readWrite)
            DimingServer.raiseOpenFileLimit()
            var limits = ConnectionLimits(headerTimeout: Self.duration(headerTimeout), idleTimeout: Self.duration(idleTimeout))
            if let maxConnections { limits.maxConnections = maxConnections }
            let configuration = ServerConfiguration(
                host: host, port: port, maxBodyBytes: maxBody, maxUploadBytes: maxUploadBytes, requestTimeout: Self.duration(requestTimeout),
                readAccess: read.map { $0 == .openRead ? .open : .token }, publicBaseURL: baseURL, connections: limits)
            try await DimingServer.run(database: store, configuration: configuration, logger: Logger(label: "diming.server"))
        }

        static func duration(_ seconds: Double) -> Duration { .milliseconds(Int64((seconds * 1000).rounded())) }
    }
}
