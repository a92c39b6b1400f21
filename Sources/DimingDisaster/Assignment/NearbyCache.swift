import DimingCore
import Foundation

/// The in-memory ``NearestFeatures/Layers`` of one open file, loaded again only when house
/// numbers, roads or shelters have changed since (``LayerVersionedValue``), as ``LocatorCache``
/// keeps the divisions: each report then costs a version read, not a load.
final class NearbyCache: Sendable {
    private weak let database: DimingDatabase?
    private let cached = LayerVersionedValue(layers: NearestFeatures.Layers.names) { db in try NearestFeatures.Layers.load(from: db) }

    private init(database: DimingDatabase) {
        self.database = database
    }

    /// The layers as of `version`, read by the caller just before.
    func layers(for version: DataVersion) async throws -> NearestFeatures.Layers {
        guard let database else { throw CancellationError() }
        return try await cached.value(for: version, from: database)
    }

    private static let registry = PerDatabase { NearbyCache(database: $0) }

    static func shared(for database: DimingDatabase) -> NearbyCache {
        registry.value(for: database)
    }
}
