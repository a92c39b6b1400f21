/// Appends JSON tokens to a byte buffer: escaped strings, numbers, and coordinates rounded to
/// a fixed number of decimals without going through `String(format:)`.
public struct JSONOutput {
    public var bytes: [UInt8]

    public init(capacity: Int = 1 << 16) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func appendRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, UTF-8 kept as is.
    /// Runs between escapes are copied whole (most texts have none: names, codes, UUIDs).
    public mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (i, c) in utf8.enumerated() where c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                appendEscaped(c)
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal, for JSON written as Swift strings.
    public static func string(_ text: String) -> String {
        var output = JSONOutput(capacity: text.utf8.count + 2)
        output.appendString(text)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private mutating func appendEscaped(_ c: UInt8) {
        switch c {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case 0x0A: append("\\n")
        case 0x0D: append("\\r")
        case 0x09: append("\\t")
        default:
            append("\\u00")
            bytes.append(Self.hexDigits[Int(c >> 4)])
            bytes.append(Self.hexDigits[Int(c & 0xF)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    public mutating func appendInteger(_ value: Int64) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendUnsigned(value.magnitude)
        } else {
            appendUnsigned(UInt64(value))
        }
    }

    private mutating func appendUnsigned(_ value: UInt64) {
        if value < 10 { bytes.append(UInt8(ascii: "0") + UInt8(value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while n > 0 {
                raw[19 - count] = UInt8(ascii: "0") + UInt8(n % 10)
                n /= 10
                count += 1
            }
            bytes.append(contentsOf: raw[(20 - count)...])
        }
    }

    /// Any finite double in the shortest form that reads back the same; NaN and ∞ as null.
    public mutating func appendDouble(_ value: Double) {
        guard value.isFinite else { append("null"); return }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            appendRaw(value.description)
        }
    }

    /// A coordinate rounded half away from zero to `decimals` places (at most 9), trailing
    /// zeros dropped: 111.35000001 → `111.35` at 7 decimals.
    public mutating func appendCoordinate(_ value: Double, decimals: Int) {
        let scale = Self.scales[decimals]
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(scaled) < 9e18 else { appendDouble(value); return }
        var n = Int64(scaled)
        if n < 0 { bytes.append(UInt8(ascii: "-")); n = -n }
        let whole = n / scale
        var fraction = n % scale
        appendUnsigned(UInt64(whole))
        guard fraction != 0 else { return }
        var width = decimals
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        bytes.append(UInt8(ascii: "."))
        var divisor = Self.scales[width - 1]
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }

    private static let scales: [Int64] = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
                                          100_000_000, 1_000_000_000]

    public mutating func appendProperty(_ value: PropertyValue) {
        switch value {
        case .null: append("null")
        case let .bool(b): b ? append("true") : append("false")
        case let .integer(i): appendInteger(i)
        case let .real(d): appendDouble(d)
        case let .string(s): appendString(s)
        case let .json(text): appendRaw(text)
        }
    }
}
