import DimingCore
import Foundation
import Synchronization

/// Group commit: the reports that arrive while a batch is being written wait, and are then
/// written together in ONE durable transaction (``DimingDatabase/durableWrite(_:)``), each in
/// its own savepoint so that a refused report does not fail the others. Every submitter is
/// answered only after the COMMIT, so an acknowledged report is on disk, and one fsync
/// serves the whole batch. One queue per database file: the same id sent twice in one batch
/// is one row and one `unchanged`. A report whose account was only the one last seen for its
/// token (``TokenCache``) has the token read in the batch's transaction, once per token.
final class ReportCommitQueue: Sendable {
    typealias Result = Swift.Result<ReportSubmission, any Error>
    private typealias Waiting = (job: ReportJob, answer: CheckedContinuation<Result, Never>)

    /// Weak: the queue lives in a process-wide table and must not keep a closed file open.
    private weak let database: DimingDatabase?
    /// The reports waiting for the next batch, and whether a batch is being written. A lock,
    /// not an actor: joining the queue is the hot path of every report and needs no hop.
    private let state = Mutex<(pending: [Waiting], writing: Bool)>(([], false))

    /// Reports written in one transaction at most (bounds the time one batch holds the lock).
    static let maximumBatch = 512

    private init(database: DimingDatabase) {
        self.database = database
    }

    func submit(_ job: ReportJob) async throws -> ReportSubmission {
        let result = await withCheckedContinuation { answer in
            let startsWriter = state.withLock { state in
                state.pending.append((job, answer))
                guard !state.writing else { return false }
                state.writing = true
                return true
            }
            if startsWriter { Task { await self.drain() } }
        }
        return try result.get()
    }

    /// Writes batches until none is waiting; the last one out clears `writing` under the lock,
    /// so a report that joins meanwhile either makes the next batch or starts a new writer.
    private func drain() async {
        while true {
            let batch = state.withLock { state -> [Waiting] in
                let batch = Array(state.pending.prefix(Self.maximumBatch))
                state.pending.removeFirst(batch.count)
                if batch.isEmpty { state.writing = false }
                return batch
            }
            guard !batch.isEmpty else { return }
            let results = await write(batch.map(\.job))
            for (waiting, result) in zip(batch, results) { waiting.answer.resume(returning: result) }
        }
    }

    private func write(_ jobs: [ReportJob]) async -> [Result] {
        let receivedAt = Self.timestamp()
        do {
            guard let database else { throw CancellationError() }
            let placement = PlacementVersion.shared(for: database)
            let tokens = TokenCache.shared(for: database)
            return try await database.durableWrite { db in
                // Once a batch: what the reports' places are checked against, and the
                // version the next submissions are placed against.
                let data = PlacementVersion.Placed(version: try DataVersion.read(in: db))
                placement.record(data.version)
                var accounts: [String: Swift.Result<Account, any Error>] = [:]
                return jobs.map { job in
                    var result: Result = .failure(ReportsError.unknownReport(job.draft.uid))
                    do {
                        var job = job
                        if let hash = job.tokenHash {
                            let account = accounts[hash] ?? Swift.Result { try tokens.confirm(tokenHash: hash, in: db) }
                            accounts[hash] = account
                            job.account = try Disaster.authorizeReporter(try account.get())
                        }
                        try db.inSavepoint {
                            result = .success(try ReportWrite.apply(job, receivedAt: receivedAt, data: data, in: db))
                            return .commit
                        }
                    } catch {
                        result = .failure(error)
                    }
                    return result
                }
            }
        } catch {
            return Array(repeating: .failure(error), count: jobs.count)
        }
    }

    private static let timestampStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    static func timestamp() -> String {
        Date().formatted(timestampStyle)
    }

    // One queue per open database (held weakly, so a closed file's queue goes).
    private static let registry = PerDatabase { ReportCommitQueue(database: $0) }

    static func shared(for database: DimingDatabase) -> ReportCommitQueue {
        registry.value(for: database)
    }
}
