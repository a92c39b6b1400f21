import DimingCore
import Foundation

extension Disaster {
    /// An event's reports within the reader's scope as GeoJSON or CSV: the current versions
    /// (rejected ones included, with their state), or every version with `allVersions`.
    public func export(event: Int64, format: ReportExportFormat, allVersions: Bool, scope: AccessScope) async throws -> [UInt8] {
        let filter = ReportFilter(allVersions: allVersions, limit: Int.max)
        let versions = try await database.pool.read { db in try ReviewStore.list(event: event, filter: filter, scope: scope, in: db) }
        return switch format {
        case .geojson: ReportExport.geojson(versions)
        case .csv: ReportExport.csv(versions)
        }
    }

    /// The event in one ZIP (``EventArchive``): its record, every version, the reviews, the photos.
    public func archive(event: Int64, scope: AccessScope) async throws -> [UInt8] {
        let store = database.attachmentStore
        return try await database.pool.read { db in try EventArchive.build(event: event, scope: scope, store: store, in: db) }
    }
}
