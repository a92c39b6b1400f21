import Foundation
import DimingTestSupport
import GRDB
import Testing
@testable import DimingCore

/// The server's background checkpoint: once it runs, the writer leaves the log to it (no
/// automatic checkpoint inside a commit before the safety net), and one passive checkpoint from
/// its own connection copies the whole log into the file while the data stays readable.
@Suite struct WALCheckpointerTests {
    @Test func theWriterLeavesTheLogToTheCheckpointer() async throws {
        let directory = ScratchFolder.url("diming-checkpointer")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try DimingDatabase(path: directory.appendingPathComponent("wal.sqlite").path, create: true)
        let checkpointer = try await WALCheckpointer(database: database)
        let autocheckpoint = try await database.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        #expect(autocheckpoint == WALCheckpointer.writerSafetyNetPages)

        // Some 2,400 pages of log in small commits: past SQLite's default of 1,000, short of the net.
        try await database.pool.write { db in try db.execute(sql: "CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)") }
        let text = String(repeating: "界", count: 1_300)
        for batch in 0..<60 {
            try await database.pool.write { db in
                for row in 0..<40 { try db.execute(sql: "INSERT INTO filler (id, text) VALUES (?, ?)", arguments: [batch * 40 + row, text]) }
            }
        }
        let pages = try await database.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0 }
        let (logFrames, copiedFrames) = try await checkpointer.checkpoint()
        #expect(logFrames > 2_000, "the writer checkpointed by itself: \(logFrames) frames in the log for \(pages) pages")
        #expect(copiedFrames == logFrames)
        #expect(try await database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM filler") } == 2_400)
        // Nothing new since: the next one has nothing left to copy.
        let again = try await checkpointer.checkpoint()
        #expect(again.copiedFrames == again.logFrames)
    }
}
