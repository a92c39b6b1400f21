/// Reads OGC Well-Known Text (and EWKT's `SRID=n;` prefix) into a 2-D ``Geometry``;
/// Z and M ordinates are read and dropped. GEOMETRYCOLLECTION is refused.
public enum WKTReader {
    public static func parse(_ text: String) throws(GeometryError) -> Geometry {
        var scanner = WKTScanner(Array(text.utf8))
        if scanner.peekWord()?.uppercased().hasPrefix("SRID=") == true {
            while let c = scanner.next(), c != UInt8(ascii: ";") {}
        }
        guard let word = scanner.word()?.uppercased() else { throw .malformed(Reason(GeometryMessages.wktType)) }
        guard let type = GeometryType(rawValue: word) else { throw .unsupportedGeometryType(word) }
        var dimensions = 2
        if let modifier = scanner.peekWord()?.uppercased(), ["Z", "M", "ZM"].contains(modifier) {
            _ = scanner.word()
            dimensions = modifier == "ZM" ? 4 : 3
        }
        if scanner.peekWord()?.uppercased() == "EMPTY" { throw .emptyGeometry }
        let geometry: Geometry
        switch type {
        case .point: geometry = .point(try scanner.wrapped { s throws(GeometryError) in try s.position(dimensions) })
        case .lineString: geometry = .lineString(try scanner.positions(dimensions))
        case .polygon: geometry = .polygon(try scanner.list { s throws(GeometryError) in try s.positions(dimensions) })
        case .multiPoint:
            geometry = .multiPoint(try scanner.list { s throws(GeometryError) in
                s.peekByte() == UInt8(ascii: "(") ? try s.wrapped { s2 throws(GeometryError) in try s2.position(dimensions) } : try s.position(dimensions)
            })
        case .multiLineString: geometry = .multiLineString(try scanner.list { s throws(GeometryError) in try s.positions(dimensions) })
        case .multiPolygon:
            geometry = .multiPolygon(try scanner.list { s throws(GeometryError) in
                try s.list { s2 throws(GeometryError) in try s2.positions(dimensions) }
            })
        }
        guard scanner.peekByte() == nil else { throw .malformed(Reason(GeometryMessages.wktTrailing)) }
        return geometry
    }
}

private struct WKTScanner {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
    }

    mutating func peekByte() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    mutating func next() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func word() -> String? {
        skipSpace()
        let start = offset
        while offset < bytes.count, isWordByte(bytes[offset]) { offset += 1 }
        return offset > start ? String(decoding: bytes[start..<offset], as: UTF8.self) : nil
    }

    mutating func peekWord() -> String? {
        let mark = offset
        defer { offset = mark }
        return word()
    }

    private func isWordByte(_ c: UInt8) -> Bool {
        (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == UInt8(ascii: "=") || (c >= 48 && c <= 57)
    }

    mutating func expect(_ c: UInt8) throws(GeometryError) {
        guard peekByte() == c else { throw .malformed(Reason(GeometryMessages.wktExpected, ["expected": "\"\(Character(Unicode.Scalar(c)))\"", "position": String(offset + 1)])) }
        offset += 1
    }

    mutating func number() throws(GeometryError) -> Double {
        skipSpace()
        let start = offset
        while offset < bytes.count, case let c = bytes[offset],
              (c >= 48 && c <= 57) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E")
              || c == UInt8(ascii: "N") || c == UInt8(ascii: "a") || c == UInt8(ascii: "I") || c == UInt8(ascii: "n") || c == UInt8(ascii: "f") {
            offset += 1
        }
        guard let value = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            throw .malformed(Reason(GeometryMessages.wktNumber, ["position": String(start + 1)]))
        }
        return value
    }

    mutating func position(_ dimensions: Int) throws(GeometryError) -> Position {
        let x = try number(), y = try number()
        for _ in 2..<dimensions { _ = try number() }
        return Position(lon: x, lat: y)
    }

    mutating func wrapped<T>(_ body: (inout WKTScanner) throws(GeometryError) -> T) throws(GeometryError) -> T {
        try expect(UInt8(ascii: "("))
        let value = try body(&self)
        try expect(UInt8(ascii: ")"))
        return value
    }

    /// `( item, item, … )`
    mutating func list<T>(_ item: (inout WKTScanner) throws(GeometryError) -> T) throws(GeometryError) -> [T] {
        try expect(UInt8(ascii: "("))
        var items = [T]()
        repeat {
            items.append(try item(&self))
        } while try separator()
        return items
    }

    mutating func positions(_ dimensions: Int) throws(GeometryError) -> [Position] {
        try list { s throws(GeometryError) in try s.position(dimensions) }
    }

    /// Consumes `,` (true) or `)` (false).
    private mutating func separator() throws(GeometryError) -> Bool {
        switch peekByte() {
        case UInt8(ascii: ","): offset += 1; return true
        case UInt8(ascii: ")"): offset += 1; return false
        default: throw .malformed(Reason(GeometryMessages.wktExpected, ["expected": "\",\" or \")\"", "position": String(offset + 1)]))
        }
    }
}
