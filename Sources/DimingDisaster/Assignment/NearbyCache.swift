import DimingCore
import Foundation

/// The in-memory ``NearestFeatures/Layers`` of one open file, loaded again only when house
/// numbers, roads or shelters have changed since (``DataVersion``), as ``LocatorCache`` keeps
/// the divisions: each report then costs a version read, not a load. Concurrent first
/// reports share one load.
actor NearbyCache {
    private weak var database: DimingDatabase?
    private var current: (tag: String, load: Task<NearestFeatures.Layers, any Error>)?

    private init(database: DimingDatabase) {
        self.database = database
    }

    /// The layers as of `version`, read by the caller just before.
    func layers(for version: DataVersion) async throws -> NearestFeatures.Layers {
        guard let database else { throw CancellationError() }
        let tag = version.tag(of: NearestFeatures.Layers.names)
        if let current, current.tag == tag { return try await current.load.value }
        let load = Task { try await database.pool.read { db in try NearestFeatures.Layers.load(from: db) } }
        current = (tag, load)
        do {
            return try await load.value
        } catch {
            // A failed load is not kept: the next report tries again.
            if current?.tag == tag { current = nil }
            throw error
        }
    }

    // One cache per open database, held weakly (as ``ReportCommitQueue``'s queues).
    private static let registry = Registry()

    static func shared(for database: DimingDatabase) -> NearbyCache {
        registry.cache(for: database)
    }

    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var caches: [ObjectIdentifier: (database: Weak, cache: NearbyCache)] = [:]

        struct Weak { weak var value: DimingDatabase? }

        func cache(for database: DimingDatabase) -> NearbyCache {
            lock.lock()
            defer { lock.unlock() }
            let key = ObjectIdentifier(database)
            if let entry = caches[key], entry.database.value === database { return entry.cache }
            caches = caches.filter { $0.value.database.value != nil }
            let cache = NearbyCache(database: database)
            caches[key] = (Weak(value: database), cache)
            return cache
        }
    }
}
