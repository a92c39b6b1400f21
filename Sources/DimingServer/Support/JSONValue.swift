import DimingCore
import NIOCore

/// A JSON document built in code, members kept in the order written (so the landing page and
/// the OpenAPI document read top-down), serialised with the core's ``JSONOutput``.
indirect enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    /// Text that is already JSON (e.g. an audit entry's stored before/after), written as is.
    case raw(String)

    init(stringLiteral value: String) { self = .string(value) }
    init(stringInterpolation: DefaultStringInterpolation) { self = .string(String(stringInterpolation: stringInterpolation)) }
    init(integerLiteral value: Int) { self = .integer(value) }
    init(floatLiteral value: Double) { self = .number(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(elements) }

    /// The member `key` of an object, nil otherwise.
    subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    func write(to out: inout JSONOutput) {
        switch self {
        case let .object(members):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.appendString(key)
                out.append(UInt8(ascii: ":"))
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        case let .array(elements):
            out.append(UInt8(ascii: "["))
            for (i, value) in elements.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case let .string(s): out.appendString(s)
        case let .integer(i): out.appendInteger(Int64(i))
        case let .number(d): out.appendDouble(d)
        case let .bool(b): b ? out.append("true") : out.append("false")
        case .null: out.append("null")
        case let .raw(text): out.appendRaw(text)
        }
    }

    var bytes: [UInt8] {
        var out = JSONOutput(capacity: 4096)
        write(to: &out)
        return out.bytes
    }

    var byteBuffer: ByteBuffer { ByteBuffer(bytes: bytes) }
}
