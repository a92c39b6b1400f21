import Foundation
import GRDB
import Synchronization

/// A value built from some layers (a ``Locator`` from the divisions, the in-memory nearest
/// search from house numbers, roads and shelters), kept in memory and built again only when
/// one of those layers has changed since (``DataVersion``). Loads run on a read connection
/// through GRDB's async API; concurrent first callers share one load, and a failed load is not
/// kept, so the next caller tries again.
public final class LayerVersionedValue<Value: Sendable>: Sendable {
    private let layers: [String]
    private let load: @Sendable (Database) throws -> Value
    /// The value once built, read without a hop: every field report asks for two of these.
    private let built = Mutex<(tag: String, value: Value)?>(nil)
    private let loading = Loading()

    public init(layers: [String], load: @escaping @Sendable (Database) throws -> Value) {
        self.layers = layers
        self.load = load
    }

    /// The value as of `version`, which the caller has just read from `database`.
    public func value(for version: DataVersion, from database: DimingDatabase) async throws -> Value {
        let tag = version.tag(of: layers)
        if let value = built.withLock({ $0?.tag == tag ? $0?.value : nil }) { return value }
        let value = try await loading.value(tag: tag, from: database, load: load)
        built.withLock { $0 = (tag, value) }
        return value
    }

    /// The load in flight, shared by the callers that arrive while it runs.
    private actor Loading {
        private var current: (tag: String, load: Task<Value, any Error>)?

        func value(tag: String, from database: DimingDatabase, load: @escaping @Sendable (Database) throws -> Value) async throws -> Value {
            if let current, current.tag == tag { return try await current.load.value }
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
}
