import DimingCore
import Crypto
import Foundation

/// Strong entity tags (RFC 9110 §8.8.3) and the `If-None-Match` comparison.
enum EntityTag {
    /// A strong tag for a representation named by `key` (data version, resource, format …).
    static func make(_ key: String) -> String {
        "\"" + HexText.lowercase(SHA256.hash(data: Data(key.utf8)).prefix(12)) + "\""
    }

    /// The tag of the gzip-coded variant of a representation.
    static func gzipVariant(_ tag: String) -> String {
        guard tag.hasSuffix("\""), !tag.hasSuffix("-gzip\"") else { return tag }
        return String(tag.dropLast()) + "-gzip\""
    }

    /// Whether an `If-None-Match` header matches `tag` by the weak comparison the header
    /// uses (RFC 9110 §13.1.2), counting the gzip variant as the same representation.
    static func matches(ifNoneMatch header: String, tag: String) -> Bool {
        let opaque = strip(tag)
        return header.split(separator: ",").contains { candidate in
            let text = candidate.trimmingCharacters(in: .whitespaces)
            return text == "*" || strip(text) == opaque
        }
    }

    private static func strip(_ tag: String) -> String {
        var text = tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        if text.hasSuffix("-gzip\"") { text = String(text.dropLast(6)) + "\"" }
        return text
    }
}
