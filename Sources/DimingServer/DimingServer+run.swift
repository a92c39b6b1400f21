import DimingCore
import Hummingbird
import Logging
import ServiceLifecycle
import UnixSignals

extension DimingServer {
    /// Raises the open-file soft limit to the hard limit (call before building the
    /// configuration, whose default connection limit follows it).
    public static func raiseOpenFileLimit() {
        FileDescriptorLimit.raiseToHardLimit()
    }

    /// Serves until SIGTERM or SIGINT, then shuts down gracefully: no new connections,
    /// requests in flight answered, and the WAL checkpointed into the database file so it is
    /// left as one clean file. Meanwhile the log is checkpointed in the background
    /// (``CheckpointService``), not by the writer inside a commit. A port in use or an address that cannot be bound throws
    /// ``ListenError``.
    public static func run(database: DimingDatabase, configuration: ServerConfiguration, logger: Logger) async throws {
        let application = buildApplication(database: database, configuration: configuration, logger: logger)
        let checkpoints = CheckpointService(checkpointer: try await WALCheckpointer(database: database),
                                            interval: CheckpointService.defaultInterval, logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [application, checkpoints],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        do {
            try await group.run()
        } catch {
            throw ListenError.translating(error, host: configuration.host, port: configuration.port) ?? error
        }
        try await database.checkpoint()
        logger.info("stopped")
    }
}
