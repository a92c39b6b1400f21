import CSpatiaLite
import GRDB

/// Loads SpatiaLite into every connection GRDB opens.
///
/// `spatialite_init_ex` needs a per-connection cache; it is freed by ``SpatiaLiteCache``'s
/// deinit when GRDB releases the connection (the cache object is captured by a SQL function
/// the connection owns, so it lives exactly as long as the connection).
enum SpatiaLiteConnection {
    static func prepare(_ db: Database) throws {
        let cache = SpatiaLiteCache()
        spatialite_init_ex(db.sqliteConnection, cache.pointer, 0)
        // GEOS would print its warnings on stderr; our errors report them (ST_IsValidReason).
        spatialite_set_silent_mode(cache.pointer)
        db.add(function: DatabaseFunction("diming_spatialite_cache", argumentCount: 0, pure: true) { _ in
            cache.pointer == nil ? 0 : 1
        })
        // Temporary files in memory: the savepoint journal of every report in a group commit
        // (each report is a savepoint) otherwise goes to a temporary file, a write per page.
        try db.execute(sql: "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
    }
}

/// The SpatiaLite connection cache; `@unchecked Sendable` because only its own connection uses it.
final class SpatiaLiteCache: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer?

    init() {
        pointer = spatialite_alloc_connection()
    }

    deinit {
        if let pointer { spatialite_cleanup_ex(pointer) }
    }
}
