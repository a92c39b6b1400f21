/// Where a run of bytes first occurs in others (a multipart delimiter in a body, a JSON key in a
/// report's content). Concrete types on purpose: a generic search across modules runs
/// unspecialized, and Foundation's `contains` on a `String` goes through `CFStringFind`; both
/// cost a field report's single writer a large share of its time.
public enum ByteSearch {
    /// The index of the first occurrence of `needle` in `haystack` at or after `from`.
    public static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        for start in from...(haystack.count - needle.count) where haystack[start] == first {
            var index = 1
            while index < needle.count, haystack[start + index] == needle[index] { index += 1 }
            if index == needle.count { return start }
        }
        return nil
    }

    public static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: from) }
    }

    /// Whether `text`'s UTF-8 holds `needle`.
    public static func contains(_ needle: [UInt8], in text: String) -> Bool {
        var text = text
        return text.withUTF8 { firstIndex(of: needle, in: $0) != nil }
    }
}
