/// Why the bytes of a text file to import were refused: they are not in the encoding given
/// (`--encoding`) or, detected, neither UTF-8 nor GB18030. Nothing is imported.
public enum EncodingError: Problem, Equatable {
    /// Bytes at `line` (counting from 1) that `encoding` cannot decode; `bytes` as hex (`0xFF 0x41`).
    case undecodable(line: Int, bytes: String, encoding: TextEncoding)
    /// The C library has no GB18030 converter (iconv).
    case converterMissing

    public var status: Int { 400 }
    public var type: String { "undecodable-input" }
    public func title(in language: Language) -> String { FileIOMessages.undecodableTitle.text(language) }
    public var field: String? { "encoding" }

    public func detail(in language: Language) -> String {
        switch self {
        case let .undecodable(line, bytes, encoding):
            let message = encoding == .gb18030 ? FileIOMessages.notGB18030 : FileIOMessages.neitherUTF8NorGB18030
            return message.text(language, ["line": String(line), "bytes": bytes])
        case .converterMissing:
            return FileIOMessages.noGB18030Converter.text(language)
        }
    }

    /// The bad byte at `offset` and the non-ASCII ones after it (a character is at most four), as `0xFF 0xFE`.
    static func hex(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> String {
        let end = bytes[(offset + 1)..<min(bytes.count, offset + 4)].firstIndex { $0 < 0x80 } ?? min(bytes.count, offset + 4)
        return bytes[offset..<end].map { byte in
            let digits = String(byte, radix: 16, uppercase: true)
            return "0x" + (digits.count == 1 ? "0" + digits : digits)
        }.joined(separator: " ")
    }
}
