import DimingCore
import Foundation
import GRDB

extension Boundaries {
    /// The features `request` names, in RFC 7946 terms: lon/lat, `id` the code (or the
    /// marker's number). The same vertex stored in two divisions is the same Double in both, so
    /// the writers print it identically (case T2).
    public func exportFeatures(_ request: BoundaryExportRequest) async throws -> [ExportedFeature] {
        let simplify = try request.simplify.map { try SimplifyError.tolerance($0, field: "simplify") }
        try await refreshStaleLines()
        return try await database.pool.read { db in try BoundaryExportReader(db: db, request: request).features(simplify: simplify) }
    }

    /// ``exportFeatures(_:)`` written as a FeatureCollection (`.geojson`) or an RFC 8142 text
    /// sequence (`.geojsonseq`), coordinates to 7 decimals.
    public func export(_ request: BoundaryExportRequest, format: FeatureFormat) async throws -> [UInt8] {
        Self.write(try await exportFeatures(request), format: format)
    }

    /// Writes features with the core's writer for `format` (GeoJSON or GeoJSON text sequence).
    public static func write(_ features: [ExportedFeature], format: FeatureFormat) -> [UInt8] {
        guard var writer = format.writer(decimals: 7) else { preconditionFailure("\(format) is written by GDAL") }
        var out = JSONOutput()
        writer.begin(columns: [], to: &out)
        for feature in features {
            writer.feature(id: feature.id, properties: feature.properties.map { ($0.name, $0.value) }, geometry: feature.geometry, to: &out)
        }
        writer.end(to: &out)
        return out.bytes
    }
}
