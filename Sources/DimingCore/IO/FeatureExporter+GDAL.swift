import Foundation
import GRDB

extension FeatureExporter {
    /// Exports into the file at `path`, replacing it: streamed for GeoJSON and CSV, through GDAL
    /// for GeoPackage, Shapefile and KML (``FeatureFormat/gdalDriver``; full precision, not
    /// `decimals`). Returns the number of features written.
    @discardableResult
    public func run(from database: DimingDatabase, toFile path: String) throws -> Int {
        guard format.gdalDriver != nil else { return try run(from: database, to: try FileSink(path: path)) }
        return try database.pool.read { db in try exportThroughGDAL(from: db, to: path) }
    }

    private func exportThroughGDAL(from db: Database, to path: String) throws -> Int {
        let file = try GDALFeatureWriter(creating: path, format: format, layer: layer)
        do {
            var count = 0
            let wkbIndex = layer.featureColumns.count
            let cursor = try Row.fetchCursor(db, query(db, extra: ", AsBinary(\(Layer.geometryColumn.quotedDatabaseIdentifier))"))
            while let row = try cursor.next() {
                let feature = try LayerFeature(row: row, layer: layer)
                guard let wkb = row[wkbIndex] as Data? else { continue }
                try file.add(id: feature.id, properties: feature.properties, wkb: wkb)
                count += 1
            }
            try file.close()
            return count
        } catch {
            file.discard()
            throw error
        }
    }
}
