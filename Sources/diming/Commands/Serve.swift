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

        @Option(help: ArgumentHelp("The largest request body accepted, in bytes; larger ones get 413.", valueName: "bytes"))
        var maxBody = ServerConfiguration.defaultMaxBodyBytes

        @Option(help: ArgumentHelp("Seconds to wait for a request body (then 408) and for the answer (then 503).", valueName: "seconds"))
        var requestTimeout = 30.0

        @Option(help: ArgumentHelp("The public URL links start with (behind a proxy); default: http://<Host header>.", valueName: "url"))
        var baseURL: String?

        @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
        var logLevel = "info"

        enum ReadFlag: String, EnumerableFlag {
            case openRead, closedRead
        }

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
            guard maxBody > 0 else { throw ValidationError("--max-body must be positive") }
            guard requestTimeout > 0 else { throw ValidationError("--request-timeout must be positive") }
            guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError("unknown --log-level \(logLevel)") }
        }

        func run() async throws {
            let level = Logger.Level(rawValue: logLevel) ?? .info
            LoggingSystem.bootstrap { label in
                var handler = KeyValueLogHandler(label: label)
                handler.logLevel = level
                return handler
            }
            let store = try database.open()
            let configuration = ServerConfiguration(
                host: host, port: port, maxBodyBytes: maxBody, requestTimeout: .milliseconds(Int(requestTimeout * 1000)),
                readAccess: read.map { $0 == .openRead ? .open : .token }, publicBaseURL: baseURL)
            try await DimingServer.run(database: store, configuration: configuration, logger: Logger(label: "diming.server"))
        }
    }
}
