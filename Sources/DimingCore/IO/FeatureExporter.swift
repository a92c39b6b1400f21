import Foundation
import GRDB

/// Streams a layer out feature by feature — never the whole layer in memory — as GeoJSON,
/// a GeoJSON text sequence or CSV with WKT, optionally only what intersects a bbox.
public struct FeatureExporter {
    public let layer: Layer
    public var format: FeatureFormat
    public var boundingBox: BoundingBox?
    /// Decimal places of coordinates: 7 (about 1 cm) by default.
    public var decimals: Int
    /// CSV for Excel: a UTF-8 byte order mark first, without which Excel reads Chinese as its
    /// local code page.
    public var excel: Bool

    public init(layer: Layer, format: FeatureFormat = .geojson, boundingBox: BoundingBox? = nil, decimals: Int = 7,
                excel: Bool = false) {
        self.layer = layer
        self.format = format
        self.boundingBox = boundingBox
        self.decimals = decimals
        self.excel = excel
    }

    /// Exports from a read transaction of its own; returns the number of features written.
    @discardableResult
    public func run(from database: DimingDatabase, to sink: some ByteSink) throws -> Int {
        try database.pool.read { db in try export(from: db, to: sink) }
    }

    @discardableResult
    public func export(from db: Database, to sink: some ByteSink) throws -> Int {
        guard var writer = format.writer(decimals: decimals) else { throw FormatError.needsFile(format: format) }
        var out = JSONOutput(capacity: 1 << 21)
        if excel && format == .csv { out.bytes.append(contentsOf: UTF8Text.byteOrderMark) }
        writer.begin(columns: layer.columns.map(\.name), to: &out)
        var count = 0
        let cursor = try Row.fetchCursor(db, query(db))
        while let row = try cursor.next() {
            let feature = try LayerFeature(row: row, layer: layer)
            guard let geometry = feature.geometry else { continue }
            writer.feature(id: feature.id, properties: feature.properties, geometry: geometry, to: &out)
            count += 1
            if out.bytes.count >= 1 << 20 {
                try sink.write(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
        }
        writer.end(to: &out)
        try sink.write(out.bytes)
        return count
    }

    /// The features to export, ordered by id; `extra` adds columns after ``Layer/featureColumns``.
    func query(_ db: Database, extra: String = "") -> SQLRequest<Row> {
        let names = layer.featureColumns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        var sql: SQL = "SELECT \(sql: names)\(sql: extra) FROM \(sql: layer.name.quotedDatabaseIdentifier)"
        if let boundingBox {
            sql += " WHERE \(SpatialFilter.intersects(boundingBox, layer: layer))"
        }
        sql += " ORDER BY id"
        return SQLRequest(literal: sql)
    }
}
