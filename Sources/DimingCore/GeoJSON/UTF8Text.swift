/// Finding and naming a place in the UTF-8 bytes of an imported file (GeoJSON or CSV), for
/// error messages. These run only once an error is found, never on the import's hot path.
enum UTF8Text {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The line and column of the byte at `offset`, counting from 1 as editors do: columns
    /// count characters, not bytes, and a leading byte order mark is not one.
    static func position(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        let start = text.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var line = 1, column = 1
        for byte in text[start..<max(start, min(offset, text.count))] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The offset of the first byte of `text` that does not belong to well-formed UTF-8.
    static func firstInvalidOffset(in text: UnsafeBufferPointer<UInt8>) -> Int? {
        var iterator = text.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// Why text is refused whose byte at `line`, `column` is not UTF-8; follows a field's name.
    static func notUTF8Reason(byte: UInt8, line: Int, column: Int) -> Reason {
        let hex = String(byte, radix: 16, uppercase: true)
        return Reason(IOMessages.notUTF8, ["byte": "0x\(hex.count == 1 ? "0" + hex : hex)", "line": String(line), "column": String(column)])
    }

    /// Why text holding a NUL (a raw byte, or JSON's `\u0000`) is refused: SQLite and C
    /// strings would cut the text there. Follows a field's name.
    static func nulReason(escaped: Bool, line: Int, column: Int) -> Reason {
        Reason(escaped ? IOMessages.nulCharacter : IOMessages.nulByte, ["line": String(line), "column": String(column)])
    }
}
