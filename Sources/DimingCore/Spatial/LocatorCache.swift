import Foundation
import GRDB

/// One ``Locator`` for a long-running process (the server), rebuilt only when the divisions
/// layer has changed since it was loaded (``DataVersion``), so every request after the first
/// costs a version read and the in-memory lookup.
///
/// Every database access goes through GRDB's async API, so a request waiting here holds no
/// thread of the cooperative pool (a blocking read from an async handler froze the server
/// under 16 concurrent requests). Concurrent first requests share one load.
public actor LocatorCache {
    public nonisolated let database: DimingDatabase
    private var current: (tag: String, load: Task<Locator, any Error>)?

    public init(database: DimingDatabase) {
        self.database = database
    }

    /// The current locator, loading it when the divisions changed.
    public func locator() async throws -> Locator {
        try await locator(for: try await database.pool.read { db in try DataVersion.read(in: db) })
    }

    /// The locator for a version the caller has just read (a caller that keeps other caches
    /// by the same version reads it once).
    public func locator(for version: DataVersion) async throws -> Locator {
        let tag = version.tag(of: [Layer.divisions.name])
        if let current, current.tag == tag { return try await current.load.value }
        let database = database
        let load = Task { try await database.pool.read { db in try Locator.load(from: db) } }
        current = (tag, load)
        do {
            return try await load.value
        } catch {
            // A failed load is not kept: the next request tries again.
            if current?.tag == tag { current = nil }
            throw error
        }
    }
}
