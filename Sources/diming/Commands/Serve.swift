import ArgumentParser
import DimingCore
import DimingServer
import Foundation
import Logging

extension Diming {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: HelpMessages.serveAbstract.localized(),
            discussion: HelpMessages.serveDiscussion.localized())

        @OptionGroup var database: DatabaseOptions

        @Option(help: ArgumentHelp(HelpMessages.serveHost.localized()))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp(HelpMessages.servePort.localized()))
        var port = 8080

        @Flag(help: ArgumentHelp(HelpMessages.serveRead.localized(),
                                 discussion: HelpMessages.serveReadDiscussion.localized()))
        var read: ReadFlag?

        @Option(help: ArgumentHelp(HelpMessages.serveMaxBody.localized(),
                                   valueName: "bytes"))
        var maxBody = ServerConfiguration.defaultMaxBodyBytes

        @Option(help: ArgumentHelp(HelpMessages.serveMaxUpload.localized(),
                                   valueName: "bytes"))
        var maxUploadBytes = ServerConfiguration.defaultMaxUploadBytes

        @Option(help: ArgumentHelp(HelpMessages.serveRequestTimeout.localized(),
                                   valueName: "seconds"))
        var requestTimeout = 30.0

        @Option(help: ArgumentHelp(HelpMessages.serveHeaderTimeout.localized(),
                                   valueName: "seconds"))
        var headerTimeout = 10.0

        @Option(help: ArgumentHelp(HelpMessages.serveIdleTimeout.localized(), valueName: "seconds"))
        var idleTimeout = 60.0

        @Option(help: ArgumentHelp(HelpMessages.serveMaxConnections.localized(),
                                   valueName: "count"))
        var maxConnections: Int?

        @Option(help: ArgumentHelp(HelpMessages.serveBaseURL.localized(),
                                   valueName: "url"))
        var baseURL: String?

        @Option(help: ArgumentHelp(HelpMessages.serveLogLevel.localized()))
        var logLevel = "info"

        /// One day: a longer timeout is a mistake, and would overflow the clock's arithmetic.
        static let longestTimeout = 86_400.0

        enum ReadFlag: String, EnumerableFlag {
            case openRead, closedRead
        }

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError(CommandMessages.portRange.localized()) }
            guard maxBody > 0 else { throw ValidationError(CommandMessages.mustBePositive.localized(["option": "--max-body"])) }
            guard maxUploadBytes > 0 else { throw ValidationError(CommandMessages.mustBePositive.localized(["option": "--max-upload-bytes"])) }
            for (name, seconds) in [("--request-timeout", requestTimeout), ("--header-timeout", headerTimeout), ("--idle-timeout", idleTimeout)] {
                guard seconds.isFinite, seconds >= 0.001, seconds <= Self.longestTimeout else {
                    throw ValidationError(CommandMessages.timeoutRange.localized(["option": name, "most": String(Int(Self.longestTimeout)), "seconds": "\(seconds)"]))
                }
            }
            if let maxConnections, maxConnections < 1 { throw ValidationError(CommandMessages.maxConnections.localized()) }
            if let baseURL {
                guard let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil,
                      url.query == nil, url.fragment == nil else {
                    throw ValidationError(CommandMessages.baseURL.localized())
                }
            }
            guard Logger.Level(rawValue: logLevel) != nil else { throw ValidationError(CommandMessages.logLevel.localized(["level": logLevel])) }
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
