/// Bytes as lowercase hexadecimal text (a SHA-256 digest as its 64 digits): one table lookup
/// per nibble, where `String(format: "%02x")` per byte cost a formatter call each, on every
/// submitted report's content hash.
public enum HexText {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func lowercase<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
