import Foundation
import GRDB

/// Reads features of one layer for the OGC API, framework-free (pygeoapi's provider): a page
/// of a ``FeatureQuery``, one feature by id, and the temporal extent.
///
/// Paging is by keyset on the row id (`WHERE id > :after ORDER BY id`), so a page costs the
/// same wherever it is, and edits between requests neither skip nor repeat unchanged rows.
public struct FeatureProvider: Sendable {
    public let layer: Layer

    public init(layer: Layer) {
        self.layer = layer
    }

    /// One page. `numberMatched` is given when it is cheap and exact: without bbox and
    /// datetime it is a `count(*)` with the property filters (a scan of one table, a few ms
    /// at county sizes); with them, only when the first page already holds every match.
    public func page(_ query: FeatureQuery, in db: Database) throws -> FeaturePage {
        var features: [LayerFeature] = []
        let summary = try forEachFeature(of: query, in: db) { features.append($0) }
        return FeaturePage(features: features, numberMatched: summary.numberMatched, nextCursor: summary.nextCursor)
    }

    /// The features of one page handed to `body` one at a time, as the cursor reads them, so a
    /// page of large polygons never sits in memory whole (the server streams it to the socket).
    public func forEachFeature(of query: FeatureQuery, in db: Database,
                               _ body: (LayerFeature) throws -> Void) throws -> FeaturePageSummary {
        let query = try query.resolvingProjectedBBox(in: db)
        var conditions = filters(of: query)
        if let after = query.after { conditions.append("id > \(after)") }
        var sql = layer.selectFeatures(outputSRID: query.outputSRID)
        if !conditions.isEmpty { sql += " WHERE \(conditions.joined(operator: .and))" }
        sql += " ORDER BY id LIMIT \(query.limit + 1)"
        let rows = try Row.fetchCursor(db, SQLRequest<Row>(literal: sql, cached: true))
        var returned = 0, lastRowID: Int64?, hasMore = false
        while let row = try rows.next() {
            guard returned < query.limit else { hasMore = true; break }
            let feature = try feature(from: row)
            try body(feature)
            returned += 1
            lastRowID = feature.rowID
        }
        var matched: Int?
        if query.bbox == nil && query.datetime == nil {
            let countFilters = filters(of: query)
            var count: SQL = "SELECT count(*) FROM \(sql: layer.name.quotedDatabaseIdentifier)"
            if !countFilters.isEmpty { count += " WHERE \(countFilters.joined(operator: .and))" }
            matched = try Int.fetchOne(db, SQLRequest<Int>(literal: count, cached: true))
        } else if query.after == nil && !hasMore {
            matched = returned
        }
        return FeaturePageSummary(numberReturned: returned, numberMatched: matched, nextCursor: hasMore ? lastRowID : nil)
    }

    /// The feature with public id `id` (a division's code, another feature's UUID). A feature
    /// outside `scope` is unknown, as if it did not exist.
    public func feature(id: String, scope: AccessScope = .everywhere, outputSRID: Int32? = nil, in db: Database) throws -> LayerFeature {
        guard let feature = try existingFeature(id: id, scope: scope, outputSRID: outputSRID, in: db) else {
            throw QueryError.unknownFeature(layer: layer.name, id: id)
        }
        return feature
    }

    /// ``feature(id:scope:outputSRID:in:)``, nil when there is none.
    public func existingFeature(id: String, scope: AccessScope = .everywhere, outputSRID: Int32? = nil, in db: Database) throws -> LayerFeature? {
        var sql = layer.selectFeatures(outputSRID: outputSRID)
        sql += " WHERE \(sql: layer.keyColumn.quotedDatabaseIdentifier) = \(id)"
        if let condition = scope.condition(for: layer) { sql += " AND \(condition)" }
        return try Row.fetchOne(db, SQLRequest<Row>(literal: sql, cached: true)).map(feature(from:))
    }

    /// The earliest and latest time in the layer's time column; nil without one or when empty.
    public func temporalExtent(scope: AccessScope = .everywhere, in db: Database) throws -> (start: Date?, end: Date?)? {
        guard let column = layer.temporalColumn else { return nil }
        let name = SQL(sql: column.name.quotedDatabaseIdentifier)
        var sql: SQL = "SELECT min(\(name)), max(\(name)) FROM \(sql: layer.name.quotedDatabaseIdentifier)"
        if let condition = scope.condition(for: layer) { sql += " WHERE \(condition)" }
        guard let row = try Row.fetchOne(db, SQLRequest<Row>(literal: sql)),
              let first = row[0] as String?, let last = row[1] as String?
        else { return nil }
        return (TemporalFilter.date(fromStored: first), TemporalFilter.date(fromStored: last))
    }

    private func filters(of query: FeatureQuery) -> [SQL] {
        var conditions: [SQL] = []
        if let scope = query.scope.condition(for: layer) { conditions.append(scope) }
        if let bbox = query.bbox { conditions.append(SpatialFilter.intersects(bbox, layer: layer)) }
        if let datetime = query.datetime, let column = layer.temporalColumn {
            let name = SQL(sql: column.name.quotedDatabaseIdentifier)
            if let start = datetime.start { conditions.append("julianday(\(name)) >= \(TemporalFilter.julianDay(start))") }
            if let end = datetime.end { conditions.append("julianday(\(name)) <= \(TemporalFilter.julianDay(end))") }
        }
        for filter in query.properties {
            let name = SQL(sql: filter.column.quotedDatabaseIdentifier)
            switch filter.value {
            case let .string(s): conditions.append("\(name) = \(s)")
            case let .integer(i): conditions.append("\(name) = \(i)")
            case let .real(d): conditions.append("\(name) = \(d)")
            case .null, .bool, .json: conditions.append("\(name) IS NULL")
            }
        }
        return conditions
    }

    private func feature(from row: Row) throws -> LayerFeature {
        try LayerFeature(row: row, layer: layer)
    }
}
