import Foundation
import GRDB

/// One ``Locator`` for a long-running process (the server), rebuilt only when the divisions
/// layer has changed since it was loaded (``DataVersion``), so every request after the first
/// costs a version read and the in-memory lookup.
public final class LocatorCache: @unchecked Sendable {
    private let database: DimingDatabase
    private let lock = NSLock()
    private var loaded: (tag: String, locator: Locator)?

    public init(database: DimingDatabase) {
        self.database = database
    }

    /// The current locator, loading it when the divisions changed.
    public func locator() throws -> Locator {
        try database.pool.read { db in
            let tag = try DataVersion.read(in: db).tag(of: [Layer.divisions.name])
            if let current = lock.withLock({ loaded }), current.tag == tag { return current.locator }
            // Loaded outside the lock: two first requests may both load; the last one stays.
            let locator = try Locator.load(from: db)
            lock.withLock { loaded = (tag, locator) }
            return locator
        }
    }
}
