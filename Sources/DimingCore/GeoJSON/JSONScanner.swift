import Foundation

/// A forward-only JSON tokenizer over a UTF-8 buffer, fast enough for 100 MB GeoJSON files.
///
/// It reads numbers with the exact fast path for up to 15 significant digits (a power of ten
/// multiplies or divides an exact integer) and falls back to `strtod` otherwise.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let end: Int
    var offset: Int

    init(_ buffer: UnsafeBufferPointer<UInt8>, offset: Int = 0, end: Int? = nil) {
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        self.end = end ?? buffer.count
        self.offset = offset
    }

    var atEnd: Bool { offset >= end }

    func error(_ message: Message, _ arguments: [String: String] = [:]) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, reason: Reason(message, arguments))
    }

    mutating func skipWhitespace() {
        while offset < end {
            switch base[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The next significant byte, after whitespace, without consuming it (0 at the end).
    mutating func peek() -> UInt8 {
        skipWhitespace()
        return offset < end ? base[offset] : 0
    }

    mutating func expect(_ byte: UInt8, _ what: Reason) throws(JSONSyntaxError) {
        guard peek() == byte else {
            throw JSONSyntaxError(offset: offset, reason: Reason(atEnd ? IOMessages.jsonEndExpected : IOMessages.jsonExpected, reasons: ["what": what]))
        }
        offset += 1
    }

    /// After an element: consumes `,` and returns true, or consumes `close` and returns false.
    mutating func nextElement(close: UInt8) throws(JSONSyntaxError) -> Bool {
        switch peek() {
        case UInt8(ascii: ","): offset += 1; return true
        case close: offset += 1; return false
        default: throw error(IOMessages.jsonCommaOr, ["close": close == UInt8(ascii: "]") ? "]" : "}"])
        }
    }

    /// Consumes `{`; false when the object is empty (its `}` consumed too).
    mutating func beginObject() throws(JSONSyntaxError) -> Bool {
        try expect(UInt8(ascii: "{"), .verbatim("{"))
        if peek() == UInt8(ascii: "}") { offset += 1; return false }
        return true
    }

    /// Consumes `[`; false when the array is empty (its `]` consumed too).
    mutating func beginArray() throws(JSONSyntaxError) -> Bool {
        try expect(UInt8(ascii: "["), .verbatim("["))
        if peek() == UInt8(ascii: "]") { offset += 1; return false }
        return true
    }

    /// Reads a member name and its colon.
    mutating func key() throws(JSONSyntaxError) -> String {
        guard peek() == UInt8(ascii: "\"") else { throw error(IOMessages.jsonMemberName) }
        let name = try string()
        try expect(UInt8(ascii: ":"), .verbatim(":"))
        return name
    }

    /// A string; its text must be UTF-8 without NUL (SQLite text and C strings would cut it
    /// there), checked in the same loop that finds its end.
    mutating func string() throws(JSONSyntaxError) -> String {
        try expect(UInt8(ascii: "\""), Reason(IOMessages.aString))
        let start = offset
        while offset < end {
            let c = base[offset]
            if c == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(start: base + start, count: offset - start)
                guard let string = String(validating: text, as: UTF8.self) else { throw notUTF8(text, from: start) }
                offset += 1
                return string
            }
            if c == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if c < 0x20 { throw controlCharacter(c) }
            offset += 1
        }
        throw error(IOMessages.jsonUnterminated)
    }

    private mutating func escapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var bytes = Array(UnsafeBufferPointer(start: base + start, count: offset - start))
        while offset < end {
            let c = base[offset]
            offset += 1
            switch c {
            case UInt8(ascii: "\""):
                guard let string = String(validating: bytes, as: UTF8.self) else {
                    // Escapes add only whole scalars: the bytes that are not UTF-8 are the source's own.
                    throw notUTF8(UnsafeBufferPointer(start: base + start, count: offset - 1 - start), from: start)
                }
                return string
            case UInt8(ascii: "\\"):
                guard offset < end else { throw error(IOMessages.jsonUnterminated) }
                let e = base[offset]
                offset += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(e)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "u"): UTF8.encode(try escapedScalar(at: offset - 2)) { bytes.append($0) }
                default: throw error(IOMessages.jsonBadEscape)
                }
            default:
                if c < 0x20 { offset -= 1; throw controlCharacter(c) }
                bytes.append(c)
            }
        }
        throw error(IOMessages.jsonUnterminated)
    }

    /// The error naming the first byte of a string's `text` (at `start`) that is not UTF-8.
    private func notUTF8(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> JSONSyntaxError {
        let bad = UTF8Text.firstInvalidOffset(in: text) ?? 0
        let (line, column) = position(of: start + bad)
        return JSONSyntaxError(offset: start + bad, reason: UTF8Text.notUTF8Reason(byte: text.isEmpty ? 0 : text[bad], line: line, column: column),
                               isTextProblem: true)
    }

    /// A raw byte below 0x20 inside a string, at `offset`: JSON requires it escaped.
    private func controlCharacter(_ c: UInt8) -> JSONSyntaxError {
        c == 0 ? nul(at: offset, escaped: false) : error(IOMessages.jsonControl)
    }

    private func nul(at nulOffset: Int, escaped: Bool) -> JSONSyntaxError {
        let (line, column) = position(of: nulOffset)
        return JSONSyntaxError(offset: nulOffset, reason: UTF8Text.nulReason(escaped: escaped, line: line, column: column),
                               isTextProblem: true)
    }

    /// The scalar of a `\uXXXX` escape starting at `escapeStart`, joining a UTF-16 surrogate
    /// pair; a lone or mismatched surrogate and `\u0000` are refused, never replaced.
    private mutating func escapedScalar(at escapeStart: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        let unit = try hex4()
        var value = unit
        switch unit {
        case 0xD800..<0xDC00:
            guard offset + 6 <= end, base[offset] == UInt8(ascii: "\\"), base[offset + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(offset: escapeStart, reason: Reason(IOMessages.loneHighSurrogate, ["code": escapeText(at: escapeStart)]))
            }
            offset += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else {
                throw JSONSyntaxError(offset: escapeStart, reason: Reason(IOMessages.unpairedHighSurrogate, ["code": escapeText(at: escapeStart), "next": escapeText(at: escapeStart + 6)]))
            }
            value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00..<0xE000:
            throw JSONSyntaxError(offset: escapeStart, reason: Reason(IOMessages.loneLowSurrogate, ["code": escapeText(at: escapeStart)]))
        case 0:
            throw nul(at: escapeStart, escaped: true)
        default: break
        }
        guard let scalar = Unicode.Scalar(value) else { throw error(IOMessages.jsonBadUnicode) }
        return scalar
    }

    /// The four hex digits of the `\u` escape at `escapeStart`, as written.
    private func escapeText(at escapeStart: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + escapeStart + 2, count: 4), as: UTF8.self)
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= end else { throw error(IOMessages.jsonBadUnicode) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = base[offset]
            offset += 1
            v <<= 4
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v |= UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v |= UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v |= UInt32(c - UInt8(ascii: "A") + 10)
            default: throw error(IOMessages.jsonBadUnicode)
            }
        }
        return v
    }

    /// A JSON number; `integer` is set when it has no fraction or exponent and fits Int64.
    mutating func number() throws(JSONSyntaxError) -> (value: Double, integer: Int64?) {
        skipWhitespace()
        let start = offset
        var negative = false
        if offset < end, base[offset] == UInt8(ascii: "-") { negative = true; offset += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while offset < end, case let d = base[offset] &- 0x30, d < 10 {
            sawDigit = true
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); if mantissa > 0 { digits += 1 } }
            else { exponent += 1 }
            offset += 1
        }
        guard sawDigit else {
            if offset < end, base[offset] == UInt8(ascii: "N") || base[offset] == UInt8(ascii: "I") {
                throw error(IOMessages.jsonNaN)
            }
            throw error(IOMessages.jsonNumber)
        }
        var isInteger = true
        if offset < end, base[offset] == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            var fractionDigits = false
            while offset < end, case let d = base[offset] &- 0x30, d < 10 {
                fractionDigits = true
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(d); exponent -= 1; if mantissa > 0 { digits += 1 } }
                offset += 1
            }
            guard fractionDigits else { throw error(IOMessages.jsonFraction) }
        }
        if offset < end, base[offset] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            offset += 1
            var expNegative = false
            if offset < end, base[offset] == UInt8(ascii: "+") || base[offset] == UInt8(ascii: "-") {
                expNegative = base[offset] == UInt8(ascii: "-")
                offset += 1
            }
            var e = 0
            var expDigits = false
            while offset < end, case let d = base[offset] &- 0x30, d < 10 {
                expDigits = true
                if e < 100_000 { e = e * 10 + Int(d) }
                offset += 1
            }
            guard expDigits else { throw error(IOMessages.jsonExponent) }
            exponent += expNegative ? -e : e
        }
        if isInteger, digits <= 18, exponent == 0 {
            let v = Int64(mantissa)
            return (Double(negative ? -v : v), negative ? -v : v)
        }
        if digits <= 15, exponent >= -22, exponent <= 22 {
            var v = Double(mantissa)
            v = exponent < 0 ? v / Self.powersOfTen[-exponent] : v * Self.powersOfTen[exponent]
            return (negative ? -v : v, nil)
        }
        return (slowNumber(from: start), nil)
    }

    private func slowNumber(from start: Int) -> Double {
        var text = Array(UnsafeBufferPointer(start: base + start, count: offset - start))
        text.append(0)
        return text.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { strtod($0, nil) }
        }
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10.0, Double($0)) }

    /// Any JSON value as a property: scalars typed, objects and arrays kept as JSON text.
    mutating func propertyValue() throws(JSONSyntaxError) -> PropertyValue {
        switch peek() {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = offset
            try skipValue()
            return .json(String(decoding: UnsafeBufferPointer(start: base + start, count: offset - start), as: UTF8.self))
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default:
            let (value, integer) = try number()
            if let integer { return .integer(integer) }
            return .real(value)
        }
    }

    mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard offset + n <= end, memcmp(base + offset, word.utf8Start, n) == 0 else {
            throw error(IOMessages.jsonLiteral)
        }
        offset += n
    }

    /// How deep objects and arrays may nest in a skipped value or a property kept as JSON.
    /// Each level is a recursive call: unchecked, a small file of `[[[[…` exhausts the stack.
    /// No gazetteer attribute needs more than a few levels; 64 leaves room for odd exports.
    static let maximumNesting = 64

    /// Skips one value of any kind, checking its syntax.
    mutating func skipValue() throws(JSONSyntaxError) {
        try skipValue(depth: 1)
    }

    private mutating func skipValue(depth: Int) throws(JSONSyntaxError) {
        switch peek() {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"):
            try checkNesting(depth)
            offset += 1
            if peek() == UInt8(ascii: "}") { offset += 1; return }
            repeat {
                _ = try string()
                try expect(UInt8(ascii: ":"), .verbatim(":"))
                try skipValue(depth: depth + 1)
            } while try nextElement(close: UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            try checkNesting(depth)
            offset += 1
            if peek() == UInt8(ascii: "]") { offset += 1; return }
            repeat { try skipValue(depth: depth + 1) } while try nextElement(close: UInt8(ascii: "]"))
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case 0: throw error(IOMessages.jsonEnd)
        default: _ = try number()
        }
    }

    private func checkNesting(_ depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumNesting else {
            throw error(IOMessages.jsonNesting, ["levels": String(Self.maximumNesting)])
        }
    }

    /// Line and column of `offset`, counting from 1, for error messages.
    func position(of offset: Int) -> (line: Int, column: Int) {
        UTF8Text.position(of: offset, in: UnsafeBufferPointer(start: base, count: end))
    }
}

/// A JSON syntax error at a byte offset; readers turn the offset into line and column.
struct JSONSyntaxError: Error {
    var offset: Int
    var reason: Reason
    /// Well-formed JSON whose string cannot be stored as text (a NUL, bytes that are not
    /// UTF-8): the reason reads after a field name, which the reader adds when it knows it.
    var isTextProblem = false
}
