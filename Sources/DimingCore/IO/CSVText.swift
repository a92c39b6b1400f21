/// CSV records for a module's own table (the boundaries' 界桩登记表): the same reader and the
/// same encoding rules as the layer import — UTF-8 with or without its BOM, GB18030 when the
/// bytes are not UTF-8 (`auto`), a bad byte refused naming its record and field.
public enum CSVText {
    /// The records of `bytes`, the header first, each with the line it starts on.
    public static func records(_ bytes: [UInt8], encoding: TextEncoding = .auto) throws -> [(line: Int, fields: [String])] {
        var reader = CSVRecordReader(bytes: try TextDecoding.utf8(bytes, encoding: encoding))
        var records = [(line: Int, fields: [String])]()
        while let record = try reader.next() {
            if records.isEmpty { reader.fieldNames = record.fields }
            records.append(record)
        }
        return records
    }
}
