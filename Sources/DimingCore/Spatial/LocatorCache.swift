import Foundation
import GRDB

/// One ``Locator`` for a long-running process (the server), rebuilt only when the divisions
/// layer has changed since it was loaded (``DataVersion``), so every request after the first
/// costs a version read and the in-memory lookup.
///
/// Every database access goes through GRDB's async API, so a request waiting here holds no
/// thread of the cooperative pool (a blocking read from an async handler froze the server
/// under 16 concurrent requests). Concurrent first requests share one load.
public final class LocatorCache: Sendable {
    public let database: DimingDatabase
    private let cached = LayerVersionedValue(layers: [Layer.divisions.name]) { db in try Locator.load(from: db) }

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
        try await cached.value(for: version, from: database)
    }
}
