import Foundation

/// A URL query as an ordered list of decoded `name=value` pairs, repeats kept (Hummingbird's
/// own parameter map would merge them, and a repeated filter must be refused, not guessed).
public enum QueryString {
    /// The pairs of `query`; a malformed percent escape (`%zz`, a lone `%`, bytes that are not
    /// UTF-8) is refused naming the parameter rather than taken literally.
    public static func parse(_ query: String?) throws(QueryError) -> [(name: String, value: String)] {
        guard let query, !query.isEmpty else { return [] }
        var pairs: [(name: String, value: String)] = []
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decode(parts[0]) else {
                throw .invalidParameter(String(parts[0]), reason: Reason(QueryMessages.nameNotUTF8))
            }
            guard parts.count > 1 else { pairs.append((name, "")); continue }
            guard let value = decode(parts[1]) else {
                throw .invalidParameter(name, reason: Reason(QueryMessages.valueNotUTF8))
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// Encodes pairs back into a query string (RFC 3986 unreserved characters and `,` kept).
    public static func encode(_ pairs: [(name: String, value: String)]) -> String {
        pairs.map { "\(escape($0.name))=\(escape($0.value))" }.joined(separator: "&")
    }

    /// nil when a `%` is not followed by two hex digits or the bytes are not UTF-8.
    static func decode(_ text: Substring) -> String? {
        guard text.contains("%") || text.contains("+") else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~,:")

    private static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
