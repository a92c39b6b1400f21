import DimingCore
import Foundation
import GRDB

/// The gazetteer for other systems (备案, emergency services): every place but reserved ones
/// with its current and former names. GeoJSON: one feature per place (its own line or polygon,
/// else its point) with `former_names`; CSV: one row per name record with its validity.
public enum PlaceExportFormat: String, Sendable, CaseIterable {
    case geojson, csv
}

enum PlaceExport {
    static func export(_ format: PlaceExportFormat, in db: Database) throws -> [UInt8] {
        switch format {
        case .geojson: try geoJSON(in: db)
        case .csv: try csv(in: db)
        }
    }

    private static func places(in db: Database) throws -> [Row] {
        try Row.fetchAll(db, sql: """
            SELECT \(PlaceColumns.selection), coalesce(p."shape", p."geom") AS "drawn" FROM places p
            WHERE p.status <> 'reserved' ORDER BY p.name, p.uid
            """)
    }

    private static func geoJSON(in db: Database) throws -> [UInt8] {
        var out = JSONOutput()
        out.append("{\"type\":\"FeatureCollection\",\"features\":[")
        let encoder = GeoJSONEncoder()
        for (index, row) in try places(in: db).enumerated() {
            let uid: String = row["uid"]
            let names = try NameStore.all(of: uid, in: db)
            let current = names.last { $0.kind == .standard && $0.validTo == nil }
            let former = names.filter { $0.kind == .former }.map { name in
                PlaceLog.json(FormerName(name: name.name, pinyin: name.pinyin?.toneless, validFrom: name.validFrom,
                                         validTo: name.validTo, document: name.document))
            }
            let properties: [(name: String, value: PropertyValue)] = [
                ("name", .string(row["name"])), ("pinyin", text(current?.pinyin?.toneless)), ("pinyin_toned", text(current?.pinyin?.toned)),
                ("category", text(row["category"])), ("status", text(row["status"])), ("division", text(row["division"])),
                ("specific", text(row["specific"])), ("generic", text(row["generic"])), ("parent", text(row["parent"])),
                ("valid_from", text(current?.validFrom)), ("document", text(current?.document)),
                ("ceased_on", text(row["ceased_on"])), ("deprecated_on", text(row["deprecated_on"])),
                ("former_names", .json("[" + former.joined(separator: ",") + "]")),
            ]
            let blob: Data? = row["drawn"]
            let geometry = try blob.map { try SpatiaLiteBlob.decode([UInt8]($0)).geometry }
            if index > 0 { out.append(UInt8(ascii: ",")) }
            encoder.appendFeature(id: .string(uid), properties: properties, geometry: geometry, to: &out)
        }
        out.append("]}\n")
        return out.bytes
    }

    private static func csv(in db: Database) throws -> [UInt8] {
        var lines = ["place_id,name,kind,status,valid_from,valid_to,document,approved_on,authority,pinyin,category,division"]
        for row in try places(in: db) {
            let uid: String = row["uid"]
            for name in try NameStore.all(of: uid, in: db) {
                let fields: [String?] = [uid, name.name, name.kind.rawValue, name.status.rawValue, name.validFrom, name.validTo,
                                         name.document, name.approvedOn, name.authority, name.pinyin?.toneless,
                                         row["category"], row["division"]]
                lines.append(fields.map { quoted($0 ?? "") }.joined(separator: ","))
            }
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func text(_ value: String?) -> PropertyValue { value.map(PropertyValue.string) ?? .null }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private struct FormerName: Encodable {
        var name: String
        var pinyin: String?
        var validFrom: String?
        var validTo: String?
        var document: String?

        enum CodingKeys: String, CodingKey {
            case name, pinyin, document
            case validFrom = "valid_from", validTo = "valid_to"
        }
    }
}
