import DimingCore
import Logging
import ServiceLifecycle

/// ``WALCheckpointer`` every `interval` while `diming serve` runs (the last checkpoint, which
/// truncates the log, is made as the server stops). A failed checkpoint (a disk error) is logged
/// once and tried again; the log stays whole meanwhile, nothing is lost.
struct CheckpointService: Service {
    let checkpointer: WALCheckpointer
    let interval: Duration
    let logger: Logger

    static let defaultInterval = Duration.milliseconds(200)

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var failing = false
            while !Task.isCancelled {
                do { try await Task.sleep(for: interval) } catch { return }
                do {
                    try await checkpointer.checkpoint()
                    if failing { logger.info("checkpoint recovered") }
                    failing = false
                } catch {
                    if !failing { logger.warning("checkpoint failed", metadata: ["error": .string("\(error)")]) }
                    failing = true
                }
            }
        }
    }
}
