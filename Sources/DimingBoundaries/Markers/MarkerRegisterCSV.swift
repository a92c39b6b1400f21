import DimingCore
import Foundation

/// The 界桩登记表 as CSV: Chinese headers (English aliases accepted on import), one marker a
/// row. 方位物 are written `名称|方位角|距离;…` (degrees, metres).
enum MarkerRegisterCSV {
    /// The columns in export order: the Chinese header and the names accepted for it.
    static let columns: [(header: String, names: Set<String>)] = [
        ("界桩编号", ["界桩编号", "编号", "number"]),
        ("所属界线", ["所属界线", "界线", "line"]),
        ("类型", ["类型", "类型码", "type_code", "type", "kind"]),
        ("材质", ["材质", "material"]),
        ("X坐标", ["X坐标", "X", "x", "x_cgcs2000_gk"]),
        ("Y坐标", ["Y坐标", "Y", "y", "y_cgcs2000_gk"]),
        ("坐标系", ["坐标系", "epsg", "EPSG"]),
        ("高程", ["高程", "height_m", "height"]),
        ("位置", ["位置", "location"]),
        ("方位物", ["方位物", "reference_objects", "references"]),
        ("登记日期", ["登记日期", "registered_on"]),
        ("备注", ["备注", "note"]),
    ]

    /// The English field name of each column, for problems.
    static let fieldNames = ["number", "line", "type_code", "material", "x", "y", "epsg", "height_m", "location", "reference_objects",
                             "registered_on", "note"]

    /// The drafts of `bytes`, each with its row (1 = the first after the header). Refuses a
    /// duplicate number, a missing column, a value that is not a number, naming row and field.
    static func drafts(_ bytes: [UInt8]) throws -> [(row: Int, draft: MarkerDraft)] {
        let records = try CSVText.records(bytes)
        guard let header = records.first else { throw MarkersError.missingField("界桩编号 (number)") }
        var index = [Int: Int]()   // column of `columns` → field position in the file
        for (position, name) in header.fields.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces)
            if let column = columns.firstIndex(where: { $0.names.contains(name) || $0.names.contains(name.lowercased()) }) {
                index[column] = position
            }
        }
        for required in [0, 1, 4, 5] where index[required] == nil {
            throw MarkersError.missingField("\(columns[required].header) (\(fieldNames[required]))")
        }
        var seen = [String: Int]()
        var result = [(row: Int, draft: MarkerDraft)]()
        for (offset, record) in records.dropFirst().enumerated() {
            let row = offset + 1
            func value(_ column: Int) -> String? {
                guard let position = index[column], position < record.fields.count else { return nil }
                let text = record.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            do {
                let parsed = try Self.draft(value)
                if let first = seen[parsed.number] { throw MarkersError.duplicateNumber(parsed.number, firstRow: first) }
                seen[parsed.number] = row
                result.append((row, parsed))
            } catch let error as MarkersError {
                throw MarkersError.inRow(row, error)
            }
        }
        return result
    }

    private static func draft(_ value: (Int) -> String?) throws -> MarkerDraft {
        func decimal(_ column: Int) throws -> Double? {
            guard let text = value(column) else { return nil }
            guard let number = Double(text.replacingOccurrences(of: " ", with: "")), number.isFinite else {
                throw MarkersError.invalidValue(field: fieldNames[column], value: text)
            }
            return number
        }
        guard let number = value(0) else { throw MarkersError.missingField("number") }
        guard let line = value(1) else { throw MarkersError.missingField("line") }
        guard let x = try decimal(4) else { throw MarkersError.missingField("x") }
        guard let y = try decimal(5) else { throw MarkersError.missingField("y") }
        var typeCode: String?, kind: String?
        if let type = value(2) {
            switch type {
            case "单立": kind = "single"
            case "双立", "同号双立": kind = "paired"
            case "三立", "同号三立": kind = "tripled"
            case "single", "paired", "tripled": kind = type
            default: typeCode = type.uppercased()
            }
        }
        var epsg: Int32?
        if let text = value(6) {
            let digits = text.uppercased().replacingOccurrences(of: "EPSG:", with: "")
            guard let code = Int32(digits) else { throw MarkersError.invalidValue(field: "epsg", value: text) }
            epsg = code
        }
        return MarkerDraft(number: number, line: line, typeCode: typeCode, kind: kind, material: value(3), x: x, y: y, epsg: epsg,
                           heightM: try decimal(7), location: value(8), referenceObjects: try referenceObjects(value(9)),
                           registeredOn: value(10), note: value(11))
    }

    /// `名称|方位角|距离;…` → reference objects.
    static func referenceObjects(_ text: String?) throws -> [ReferenceObject] {
        guard let text else { return [] }
        return try text.split(whereSeparator: { $0 == ";" || $0 == "；" }).compactMap { (item) throws -> ReferenceObject? in
            let parts = item.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            func figure(_ i: Int) throws -> Double? {
                guard i < parts.count, !parts[i].isEmpty else { return nil }
                guard let value = Double(parts[i]) else { throw MarkersError.invalidValue(field: "reference_objects", value: String(item)) }
                return value
            }
            return ReferenceObject(name: name, bearingDeg: try figure(1), distanceM: try figure(2))
        }
    }

    /// The register of `markers`, with a UTF-8 BOM and CRLF line ends (what Excel expects).
    static func text(_ markers: [BoundaryMarker]) -> String {
        var lines = [columns.map(\.header).joined(separator: ",")]
        for m in markers {
            let objects = m.referenceObjects.map { o in
                [o.name, o.bearingDeg.map(figure) ?? "", o.distanceM.map(figure) ?? ""].joined(separator: "|")
            }.joined(separator: ";")
            let fields = [m.number, m.line, m.typeCode ?? m.kind ?? "", m.material ?? "", String(format: "%.3f", m.surveyed.x),
                          String(format: "%.3f", m.surveyed.y), String(m.surveyed.epsg), m.heightM.map(figure) ?? "", m.location ?? "",
                          objects, m.registeredOn ?? "", m.note ?? ""]
            lines.append(fields.map(CSVField.quoted).joined(separator: ","))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func figure(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
