/// Splits RFC 4180 CSV into records: fields separated by commas, quoted with `"` when they hold
/// commas, quotes or line breaks, a doubled `""` for a quote inside. A UTF-8 BOM is skipped.
///
/// Fields must be UTF-8 without NUL bytes: anything else is refused naming the record, the
/// field and its line and column, never replaced. (GB18030 files are a later issue.)
struct CSVRecordReader {
    let bytes: [UInt8]
    private(set) var offset = 0
    /// The line the current record starts on, counting from 1.
    private(set) var line = 1
    /// Records returned so far: the header is record 0, so this is the feature number.
    private(set) var recordCount = 0
    /// The header's names, set once it is read, to name a field in errors.
    var fieldNames: [String] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: UTF8Text.byteOrderMark) { offset = UTF8Text.byteOrderMark.count }
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
        var fieldStart = offset
        var quoted = false
        defer { recordCount += 1 }
        while offset < bytes.count {
            let c = bytes[offset]
            offset += 1
            if c == 0 { throw refusal(fieldIndex: fields.count, at: offset - 1, nul: true) }
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
                fields.append(try text(field, index: fields.count, from: fieldStart))
                field.removeAll(keepingCapacity: true)
                fieldStart = offset
            case 0x0D: continue
            case 0x0A:
                line += 1
                fields.append(try text(field, index: fields.count, from: fieldStart))
                return (startLine, fields)
            default: field.append(c)
            }
        }
        if quoted { throw .syntax(line: startLine, column: 1, reason: Reason(IOMessages.unclosedQuote), feature: nil) }
        fields.append(try text(field, index: fields.count, from: fieldStart))
        return (startLine, fields)
    }

    /// A field's bytes as text; `start` is where the field begins in the file.
    private func text(_ field: [UInt8], index: Int, from start: Int) throws(ImportError) -> String {
        if let text = String(validating: field, as: UTF8.self) { return text }
        // Quotes are ASCII: the bytes that are not UTF-8 are in the file as they are in the field.
        let bad = bytes.withUnsafeBufferPointer { UTF8Text.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: $0[start..<offset])) }
        throw refusal(fieldIndex: index, at: start + (bad ?? 0), nul: false)
    }

    /// The error for a NUL or a byte that is not UTF-8 at `badOffset`, in field `fieldIndex`.
    private func refusal(fieldIndex: Int, at badOffset: Int, nul: Bool) -> ImportError {
        let (line, column) = bytes.withUnsafeBufferPointer { UTF8Text.position(of: badOffset, in: $0) }
        let reason = nul ? UTF8Text.nulReason(escaped: false, line: line, column: column)
            : UTF8Text.notUTF8Reason(byte: bytes[badOffset], line: line, column: column)
        guard recordCount > 0 else { return .invalidFeature(feature: 0, field: "header", reason: reason) }
        let name = fieldIndex < fieldNames.count ? fieldNames[fieldIndex] : "field \(fieldIndex + 1)"
        return .invalidFeature(feature: recordCount, field: name, reason: reason)
    }
}
