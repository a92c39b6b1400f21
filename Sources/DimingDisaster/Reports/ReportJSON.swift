import DimingCore

/// A JSON value that keeps each number as the text that was sent, so that a quantity is read
/// with integer arithmetic (never through a binary float) and the canonical form of a report
/// (sorted keys, numbers as sent) is the same for the same content whatever the spacing or the
/// order of the members.
public indirect enum ReportJSON: Sendable, Equatable {
    case object([(String, ReportJSON)])
    case array([ReportJSON])
    case string(String)
    /// The number's JSON text, e.g. `18.6`, `-0`, `1e3`.
    case number(String)
    case bool(Bool)
    case null

    /// Equal canonical texts: the same members in any order, numbers and strings as sent.
    public static func == (lhs: ReportJSON, rhs: ReportJSON) -> Bool {
        switch (lhs, rhs) {
        case let (.string(left), .string(right)), let (.number(left), .number(right)): left == right
        case let (.bool(left), .bool(right)): left == right
        case (.null, .null): true
        case let (.array(left), .array(right)): left == right
        case let (.object(left), .object(right)):
            left.count == right.count && zip(sortedMembers(left), sortedMembers(right)).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    private static func sortedMembers(_ members: [(String, ReportJSON)]) -> [(String, ReportJSON)] {
        members.sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) }
    }

    /// The member `name` of an object, nil otherwise.
    public subscript(_ name: String) -> ReportJSON? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == name }?.1
    }

    /// Sorted keys, no spacing, numbers and strings as parsed: equal content, equal text.
    public var canonical: String {
        var out = JSONOutput(capacity: 1024)
        write(to: &out, sorted: true)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The value as JSON text, members in their order.
    public var text: String {
        var out = JSONOutput(capacity: 1024)
        write(to: &out, sorted: false)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Into one byte buffer (every report is written twice, as its content and as the answer).
    private func write(to out: inout JSONOutput, sorted: Bool) {
        switch self {
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            let ordered = sorted ? Self.sortedMembers(members) : members
            for (index, (key, value)) in ordered.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.appendString(key)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out, sorted: sorted)
            }
            out.append(UInt8(ascii: "}"))
        case let .array(items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out, sorted: sorted)
            }
            out.append(UInt8(ascii: "]"))
        case let .string(text): out.appendString(text)
        case let .number(text): out.appendRaw(text)
        case let .bool(value): out.append(value ? "true" : "false")
        case .null: out.append("null")
        }
    }
}

/// Parses JSON text into ``ReportJSON``; nil when it is not exactly one JSON value.
public enum ReportJSONReader {
    /// Nesting deeper than this is refused (a report is two levels deep).
    static let maximumDepth = 16

    public static func parse(_ bytes: [UInt8]) -> ReportJSON? {
        var reader = Reader(bytes: bytes)
        guard let value = reader.value(depth: 0) else { return nil }
        reader.skipSpace()
        return reader.offset == bytes.count ? value : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipSpace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x20, 0x0A, 0x0D, 0x09: offset += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) -> ReportJSON? {
            guard depth < ReportJSONReader.maximumDepth else { return nil }
            skipSpace()
            guard offset < bytes.count else { return nil }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(ReportJSON.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: String, _ value: ReportJSON) -> ReportJSON? {
            let utf8 = Array(word.utf8)
            guard offset + utf8.count <= bytes.count, bytes[offset..<offset + utf8.count].elementsEqual(utf8) else { return nil }
            offset += utf8.count
            return value
        }

        mutating func object(depth: Int) -> ReportJSON? {
            offset += 1
            var members: [(String, ReportJSON)] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
            while true {
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\""), let key = string() else { return nil }
                // A repeated member would make "the" value ambiguous: refused.
                guard !members.contains(where: { $0.0 == key }) else { return nil }
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return nil }
                offset += 1
                guard let value = value(depth: depth + 1) else { return nil }
                members.append((key, value))
                skipSpace()
                guard offset < bytes.count else { return nil }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                if bytes[offset] == UInt8(ascii: "}") { offset += 1; return .object(members) }
                return nil
            }
        }

        mutating func array(depth: Int) -> ReportJSON? {
            offset += 1
            var items: [ReportJSON] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
            while true {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard offset < bytes.count else { return nil }
                if bytes[offset] == UInt8(ascii: ",") { offset += 1; continue }
                if bytes[offset] == UInt8(ascii: "]") { offset += 1; return .array(items) }
                return nil
            }
        }

        mutating func string() -> String? {
            offset += 1
            // Most strings (keys, ids, times, names) have no escape: one validated copy.
            let start = offset
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return String(validating: bytes[start..<offset - 1], as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                offset += 1
            }
            offset = start
            var scalars = String.UnicodeScalarView()
            var run: [UInt8] = []
            func flush() -> Bool {
                guard !run.isEmpty else { return true }
                guard let text = String(validating: run, as: UTF8.self) else { return false }
                scalars.append(contentsOf: text.unicodeScalars)
                run.removeAll(keepingCapacity: true)
                return true
            }
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return flush() ? String(scalars) : nil
                }
                if byte < 0x20 { return nil }
                if byte != UInt8(ascii: "\\") { run.append(byte); offset += 1; continue }
                guard flush(), offset + 1 < bytes.count else { return nil }
                let escape = bytes[offset + 1]
                offset += 2
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{8}")
                case UInt8(ascii: "f"): scalars.append("\u{C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else { return nil }
                        offset += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { return nil }
                    scalars.append(scalar)
                default: return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard offset + 4 <= bytes.count, let text = String(validating: bytes[offset..<offset + 4], as: UTF8.self),
                  let code = UInt32(text, radix: 16) else { return nil }
            offset += 4
            return code
        }

        /// RFC 8259's number grammar, kept as text.
        mutating func number() -> ReportJSON? {
            let start = offset
            func digits() -> Int {
                let from = offset
                while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") { offset += 1 }
                return offset - from
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            let integerStart = offset
            let integerDigits = digits()
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                offset += 1
                guard digits() > 0 else { return nil }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
                guard digits() > 0 else { return nil }
            }
            return String(validating: bytes[start..<offset], as: UTF8.self).map(ReportJSON.number)
        }
    }
}
