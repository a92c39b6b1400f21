import DimingCore
import Foundation
import GRDB

/// Reads the features of an export from `divisions`, `boundary_lines` and `boundary_markers`.
struct BoundaryExportReader {
    let db: Database
    let request: BoundaryExportRequest

    private struct Shape {
        var feature: ExportedFeature
        /// The geometry in Gauss-Krüger metres, vertex for vertex; nil for a marker (never simplified).
        var planar: Geometry?
    }

    func features(simplify: Double?) throws -> [ExportedFeature] {
        let projection = try SettingsStore.metricProjection(in: db)
        var codes = request.codes
        if let level = request.level {
            codes += try String.fetchAll(db, sql: "SELECT code FROM divisions WHERE level = ? ORDER BY code", arguments: [level.rawValue])
        }
        if request.allLines {
            codes += try String.fetchAll(db, sql: "SELECT code FROM \(Layer.boundaryLines.name.quotedDatabaseIdentifier) ORDER BY code")
        }
        var seen = Set<String>()
        codes = codes.filter { seen.insert($0).inserted }
        guard !codes.isEmpty else { throw ExportError.nothingToExport(field: request.field) }
        var shapes: [Shape] = []
        for code in codes {
            if code.contains("-"), let found = try line(code, projection) {
                shapes.append(found)
                if request.markers { shapes += try markers(of: code) }
            } else if DivisionCode(code) != nil, let found = try division(code, projection) {
                shapes.append(found)
            } else {
                throw ExportError.unknownCode(code, field: request.field)
            }
        }
        if let simplify {
            let indices = shapes.indices.filter { shapes[$0].planar != nil }
            let result = try SimplifyRun.run(indices.map { (stored: shapes[$0].feature.geometry, planar: shapes[$0].planar!) },
                                             tolerance: simplify, in: db)
            for (k, i) in indices.enumerated() { shapes[i].feature.geometry = result.geometries[k] }
        }
        return shapes.map(\.feature)
    }

    private func division(_ code: String, _ projection: GaussKruger) throws -> Shape? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT code, name, level, parent, geom, ST_Transform(geom, ?) AS planar FROM divisions WHERE code = ? AND geom IS NOT NULL
            """, arguments: [projection.epsg, code]) else { return nil }
        let properties: [(String, PropertyValue)] = [
            ("layer", .string(Layer.divisions.name)), ("code", text(row["code"])), ("name", text(row["name"])),
            ("level", text(row["level"])), ("parent", text(row["parent"])),
        ]
        return try shape(row, code: code, properties: properties, projection: projection)
    }

    private func line(_ code: String, _ projection: GaussKruger) throws -> Shape? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT code, left_code, right_code, left_name, right_name, level, length_m, agreement, version, tolerance_m, derived_at,
                   geom, ST_Transform(geom, ?) AS planar
            FROM \(Layer.boundaryLines.name.quotedDatabaseIdentifier) WHERE code = ? AND geom IS NOT NULL
            """, arguments: [projection.epsg, code]) else { return nil }
        let left: String = row["left_code"], right: String = row["right_code"]
        let properties: [(String, PropertyValue)] = [
            ("layer", .string(Layer.boundaryLines.name)), ("code", .string(code)),
            ("codes", .json(Self.jsonArray([left, right]))),
            ("names", .json(Self.jsonArray([(row["left_name"] as String?) ?? "", (row["right_name"] as String?) ?? ""]))),
            ("left_code", .string(left)), ("right_code", .string(right)),
            ("left_name", text(row["left_name"])), ("right_name", text(row["right_name"])), ("level", text(row["level"])),
            ("length_m", real(row["length_m"])), ("agreement", text(row["agreement"])),
            ("version", (row["version"] as Int64?).map(PropertyValue.integer) ?? .null),
            ("tolerance_m", real(row["tolerance_m"])), ("derived_at", text(row["derived_at"])),
        ]
        return try shape(row, code: code, properties: properties, projection: projection)
    }

    /// The markers of `line` as registered: the surveyed metres and their EPSG code as
    /// properties beside the lon/lat point (case T7).
    private func markers(of line: String) throws -> [Shape] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT number, line, left_code, right_code, sequence, type_code, kind, material, x_cgcs2000_gk, y_cgcs2000_gk, epsg,
                   height_m, status, geom
            FROM \(Layer.boundaryMarkers.name.quotedDatabaseIdentifier) WHERE line = ? AND geom IS NOT NULL ORDER BY sequence, number
            """, arguments: [line])
        return try rows.compactMap { row in
            guard let geometry = try row.geometry(at: Column("geom")) else { return nil }
            let properties: [(String, PropertyValue)] = [
                ("layer", .string(Layer.boundaryMarkers.name)), ("number", text(row["number"])), ("line", text(row["line"])),
                ("left_code", text(row["left_code"])), ("right_code", text(row["right_code"])),
                ("sequence", (row["sequence"] as Int64?).map(PropertyValue.integer) ?? .null),
                ("type_code", text(row["type_code"])), ("kind", text(row["kind"])), ("material", text(row["material"])),
                ("x_cgcs2000_gk", real(row["x_cgcs2000_gk"])), ("y_cgcs2000_gk", real(row["y_cgcs2000_gk"])),
                ("epsg", (row["epsg"] as Int64?).map(PropertyValue.integer) ?? .null),
                ("height_m", real(row["height_m"])), ("status", text(row["status"])),
            ]
            return Shape(feature: ExportedFeature(id: .string(row["number"]), properties: properties, geometry: geometry), planar: nil)
        }
    }

    private func shape(_ row: Row, code: String, properties: [(String, PropertyValue)], projection: GaussKruger) throws -> Shape {
        guard let geometry = try row.geometry(at: Column("geom")) else { throw ExportError.unknownCode(code, field: request.field) }
        guard let planar = try row.geometry(at: Column("planar")) else { throw ExportError.noProjection(code, epsg: projection.epsg) }
        return Shape(feature: ExportedFeature(id: .string(code), properties: properties, geometry: geometry), planar: planar)
    }

    private func text(_ value: String?) -> PropertyValue { value.map(PropertyValue.string) ?? .null }
    private func real(_ value: Double?) -> PropertyValue { value.map(PropertyValue.real) ?? .null }

    static func jsonArray(_ items: [String]) -> String {
        var out = JSONOutput(capacity: 64)
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.appendString(item)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
