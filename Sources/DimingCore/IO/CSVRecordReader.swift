/// Splits RFC 4180 CSV into records: fields separated by commas, quoted with `"` when they hold
/// commas, quotes or line breaks, a doubled `""` for a quote inside. A UTF-8 BOM is skipped.
struct CSVRecordReader {
    let bytes: [UInt8]
    private(set) var offset = 0
    /// The line the current record starts on, counting from 1.
    private(set) var line = 1

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// The next record, or nil at the end of the input; blank lines are skipped.
    mutating func next() throws(ImportError) -> (line: Int, fields: [String])? {
        while offset < bytes.count, bytes[offset] == 0x0A || bytes[offset] == 0x0D {
            if bytes[offset] == 0x0A { line += 1 }
            offset += 1
        }
        guard offset < bytes.count else { return nil }
        let startLine = line
        var fields = [String]()
        var field = [UInt8]()
        var quoted = false
        while offset < bytes.count {
            let c = bytes[offset]
            offset += 1
            if quoted {
                if c == UInt8(ascii: "\"") {
                    if offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") { field.append(c); offset += 1 }
                    else { quoted = false }
                } else {
                    if c == 0x0A { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\"") where field.isEmpty: quoted = true
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case 0x0D: continue
            case 0x0A:
                line += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return (startLine, fields)
            default: field.append(c)
            }
        }
        if quoted { throw .syntax(line: startLine, column: 1, reason: "a quoted field is not closed", feature: nil) }
        fields.append(String(decoding: field, as: UTF8.self))
        return (startLine, fields)
    }
}
