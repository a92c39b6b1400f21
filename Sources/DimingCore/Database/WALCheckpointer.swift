import Foundation
import GRDB

/// Copies the write-ahead log into the database file from a connection of its own, so that the
/// one writer (the reports' group commit) never does it inside a commit. SQLite's automatic
/// checkpoint runs in the commit that crosses 1,000 pages of log: under a stream of field
/// reports that was a few milliseconds added to one batch in every few dozen, a p99 of its own.
///
/// A passive checkpoint takes no write lock: it copies what no reader still needs while the
/// writer goes on appending. The writer keeps an automatic checkpoint as a safety net, at
/// ``writerSafetyNetPages``, should this one stop.
public final class WALCheckpointer: Sendable {
    /// 64 MiB of 4 KiB pages.
    public static let writerSafetyNetPages = 16_384

    private let connection: DatabaseQueue

    /// Opens the checkpoint connection and moves the writer's automatic checkpoint to the safety net.
    public init(database: DimingDatabase) async throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(DimingDatabase.busyTimeout)
        connection = try DatabaseQueue(path: database.path, configuration: configuration)
        try await database.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.writerSafetyNetPages)")
        }
    }

    /// One passive checkpoint: the frames in the log, and how many of them are now in the file.
    @discardableResult
    public func checkpoint() async throws -> (logFrames: Int, copiedFrames: Int) {
        try await connection.writeWithoutTransaction { db in
            // busy, log, checkpointed: -1 for the last two when the file is not in WAL mode.
            let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
            return (max(row?[1] ?? 0, 0), max(row?[2] ?? 0, 0))
        }
    }
}
