import Foundation
import GRDB

/// A value built from some layers (a ``Locator`` from the divisions, the in-memory nearest
/// search from house numbers, roads and shelters), kept in memory and built again only when
/// one of those layers has changed since (``DataVersion``). Loads run on a read connection
/// through GRDB's async API; concurrent first callers share one load, and a failed load is not
/// kept, so the next caller tries again.
public actor LayerVersionedValue<Value: Sendable> {
    private let layers: [String]
    private let load: @Sendable (Database) throws -> Value
    private var current: (tag: String, load: Task<Value, any Error>)?

    public init(layers: [String], load: @escaping @Sendable (Database) throws -> Value) {
        self.layers = layers
        self.load = load
    }

    /// The value as of `version`, which the caller has just read from `database`.
    public func value(for version: DataVersion, from database: DimingDatabase) async throws -> Value {
        let tag = version.tag(of: layers)
        if let current, current.tag == tag { return try await current.load.value }
        let load = load
        let task = Task { try await database.pool.read { db in try load(db) } }
        current = (tag, task)
        do {
            return try await task.value
        } catch {
            if current?.tag == tag { current = nil }
            throw error
        }
    }
}
