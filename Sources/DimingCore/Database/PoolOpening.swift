import Foundation
import GRDB

/// Opens the connection pool while other processes may be setting the same new file up.
///
/// GRDB switches a new file to WAL (and writes to it) as the pool opens, and SQLite answers
/// some of those lock conflicts with SQLITE_BUSY at once, without calling the busy handler;
/// such an open is tried again until the busy timeout has passed.
enum PoolOpening {
    static func open(path: String, configuration: Configuration, timeout: TimeInterval) throws -> DatabasePool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(20_000)
            }
        }
    }
}
