/// UUIDs as ids are kept: 8-4-4-4-12 hexadecimal digits in lower case.
public enum UUIDText {
    /// `text` in lower case when it is a UUID (in either case), nil otherwise. Checked by hand:
    /// Foundation's `UUID(uuidString:)` goes through `sscanf`, and every field report's id and
    /// every imported UUID key passes here.
    public static func canonical(_ text: String) -> String? {
        canonical(text[...])
    }

    /// Concrete rather than generic: a generic call from another module runs unspecialized.
    public static func canonical(_ text: Substring) -> String? {
        guard text.utf8.count == 36 else { return nil }
        var lower: [UInt8] = []
        lower.reserveCapacity(36)
        for (index, byte) in text.utf8.enumerated() {
            switch (index, byte) {
            case (8, UInt8(ascii: "-")), (13, UInt8(ascii: "-")), (18, UInt8(ascii: "-")), (23, UInt8(ascii: "-")): lower.append(byte)
            case (8, _), (13, _), (18, _), (23, _): return nil
            case (_, UInt8(ascii: "0")...UInt8(ascii: "9")), (_, UInt8(ascii: "a")...UInt8(ascii: "f")): lower.append(byte)
            case (_, UInt8(ascii: "A")...UInt8(ascii: "F")): lower.append(byte + 0x20)
            default: return nil
            }
        }
        return String(decoding: lower, as: UTF8.self)
    }
}
