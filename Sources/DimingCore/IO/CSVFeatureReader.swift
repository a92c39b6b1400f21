/// Reads features from CSV: a header row, then one feature per row. The geometry is WKT in a
/// column named `wkt` or `geometry`, or, for points, two columns `lon` and `lat`
/// (`longitude`/`latitude`, `x`/`y`). A column `id` is the feature's id (as Diming exports it);
/// every other column is a property, as text; empty is null.
struct CSVFeatureReader {
    let bytes: [UInt8]

    func forEachFeature(_ body: (Int, Feature) throws -> Void) throws {
        var reader = CSVRecordReader(bytes: bytes)
        guard let header = try reader.next() else { throw ImportError.emptyInput }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        reader.fieldNames = names
        let lowered = names.map { $0.lowercased() }
        let wktIndex = lowered.firstIndex(of: "wkt") ?? lowered.firstIndex(of: "geometry")
        let lonIndex = lowered.firstIndex(of: "lon") ?? lowered.firstIndex(of: "longitude") ?? lowered.firstIndex(of: "x")
        let latIndex = lowered.firstIndex(of: "lat") ?? lowered.firstIndex(of: "latitude") ?? lowered.firstIndex(of: "y")
        guard wktIndex != nil || (lonIndex != nil && latIndex != nil) else {
            throw ImportError.invalidFeature(feature: 0, field: "header",
                                             reason: Reason(IOMessages.noGeometryColumn))
        }
        let geometryColumns = Set([wktIndex, wktIndex == nil ? lonIndex : nil, wktIndex == nil ? latIndex : nil].compactMap { $0 })
        let idIndex = lowered.firstIndex(of: "id")
        var number = 0
        while let record = try reader.next() {
            number += 1
            guard record.fields.count == names.count else {
                throw ImportError.invalidFeature(feature: number, field: "line \(record.line)",
                                                 reason: Reason(IOMessages.fieldCount, ["count": String(record.fields.count), "header": String(names.count)]))
            }
            var properties = [String: PropertyValue]()
            for (i, value) in record.fields.enumerated() where !geometryColumns.contains(i) && i != idIndex {
                properties[names[i]] = value.isEmpty ? .null : .string(value)
            }
            let geometry: Geometry?
            do {
                if let wktIndex {
                    let text = record.fields[wktIndex]
                    geometry = text.isEmpty ? nil : try WKTReader.parse(text)
                } else {
                    geometry = try Self.point(lon: record.fields[lonIndex!], lat: record.fields[latIndex!])
                }
            } catch {
                throw ImportError.invalidFeature(feature: number, field: "geometry", reason: .problem(error))
            }
            let id = idIndex.map { record.fields[$0] }.flatMap { $0.isEmpty ? nil : FeatureID.string($0) }
            try body(number, Feature(id: id, properties: properties, geometry: geometry))
        }
    }

    private static func point(lon: String, lat: String) throws(GeometryError) -> Geometry? {
        if lon.isEmpty && lat.isEmpty { return nil }
        guard let x = Double(lon.trimmingCharacters(in: .whitespaces)),
              let y = Double(lat.trimmingCharacters(in: .whitespaces)) else {
            throw .malformed(Reason(GeometryMessages.lonLatNumbers, ["lon": lon, "lat": lat]))
        }
        return .point(Position(lon: x, lat: y))
    }
}

import Foundation
