import DimingCore
import Foundation
import GRDB
import Testing

/// A write the disk refused (SQLite's I/O error or full disk, or EIO/ENOSPC from a file the core
/// fsyncs itself) is a 503 the client may retry with the same id, in both languages — not a 500.
/// tools/crash/fsync_fault.sh shows it end to end with fsync failing inside a real server.
@Suite struct DiskFailureProblemTests {
    @Test func ioErrorsAndAFullDiskAre503DiskFailed() throws {
        for error: any Error in [DatabaseError(resultCode: .SQLITE_IOERR), DatabaseError(resultCode: .SQLITE_FULL),
                                 POSIXError(.EIO), NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))] {
            let problem = try #require(StoreError.translating(error), "\(error)")
            #expect(problem == .diskFailed && problem.status == 503 && problem.type.hasSuffix("disk-failed"))
            #expect(problem.detail(in: .zh).contains("同一编号重发") && problem.detail(in: .en).contains("same id"))
        }
        if case .busy? = StoreError.translating(DatabaseError(resultCode: .SQLITE_BUSY)) {} else { Issue.record("SQLITE_BUSY is not busy") }
        #expect(StoreError.translating(DatabaseError(resultCode: .SQLITE_CONSTRAINT)) == nil)
        #expect(StoreError.translating(POSIXError(.ENOENT)) == nil)
    }
}
