import DimingCore
import Foundation

/// Group commit: the reports that arrive while a batch is being written wait, and are then
/// written together in ONE durable transaction (``DimingDatabase/durableWrite(_:)``), each in
/// its own savepoint so that a refused report does not fail the others. Every submitter is
/// answered only after the COMMIT, so an acknowledged report is on disk, and one fsync
/// serves the whole batch. One queue per database file: the same id sent twice in one batch
/// is one row and one `unchanged`.
actor ReportCommitQueue {
    typealias Result = Swift.Result<(ReportOutcome, StoredReport), any Error>
    /// Weak: the queue lives in a process-wide table and must not keep a closed file open.
    private weak var database: DimingDatabase?
    private var pending: [(ReportJob, CheckedContinuation<Result, Never>)] = []
    private var writing = false

    /// Reports written in one transaction at most (bounds the time one batch holds the lock).
    static let maximumBatch = 512

    private init(database: DimingDatabase) {
        self.database = database
    }

    func submit(_ job: ReportJob) async throws -> (ReportOutcome, StoredReport) {
        let result = await withCheckedContinuation { continuation in
            pending.append((job, continuation))
            if !writing {
                writing = true
                Task { await self.drain() }
            }
        }
        return try result.get()
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.maximumBatch))
            pending.removeFirst(batch.count)
            let jobs = batch.map(\.0)
            let receivedAt = Self.timestamp()
            let results: [Result]
            do {
                guard let database else { throw CancellationError() }
                results = try await database.durableWrite { db in
                    jobs.map { job in
                        var result: Result = .failure(ReportsError.unknownReport(job.draft.uid))
                        do {
                            try db.inSavepoint {
                                result = .success(try ReportWrite.apply(job, receivedAt: receivedAt, in: db))
                                return .commit
                            }
                        } catch {
                            result = .failure(error)
                        }
                        return result
                    }
                }
            } catch {
                results = Array(repeating: .failure(error), count: batch.count)
            }
            for ((_, continuation), result) in zip(batch, results) { continuation.resume(returning: result) }
        }
        writing = false
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
